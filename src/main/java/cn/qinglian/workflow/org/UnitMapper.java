package cn.qinglian.workflow.org;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UnitMapper {

    List<Unit> findAll();

    Unit findById(String id);

    long count();

    void insert(@Param("unit") Unit unit, @Param("now") Instant now);

    void update(@Param("unit") Unit unit, @Param("now") Instant now);
}
