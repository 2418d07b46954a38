package cn.qinglian.workflow.org;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PersonMapper {

    /** A person's own columns; roles and supervisions are read separately and joined in Java. */
    record PersonRow(
            String id,
            String name,
            String unitId,
            String post,
            String email,
            boolean active,
            String mobile,
            String dingtalkId,
            String zzdId,
            String wecomId) {}

    record RoleRow(String personId, Role role) {}

    record SupervisionRow(String leaderId, String unitId) {}

    List<PersonRow> findAll();

    List<PersonRow> findByUnit(String unitId);

    PersonRow findById(String id);

    List<RoleRow> findRoles(@Param("personId") String personId);

    List<SupervisionRow> findSupervisions(@Param("leaderId") String leaderId);

    long count();

    void insert(@Param("p") Person person, @Param("now") Instant now);

    void update(@Param("p") Person person, @Param("now") Instant now);

    void deleteRoles(String personId);

    void insertRole(@Param("personId") String personId, @Param("role") Role role);

    void deleteSupervisions(String leaderId);

    void insertSupervision(@Param("leaderId") String leaderId, @Param("unitId") String unitId);
}
