package cn.qinglian.workflow.org;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The organisation's change token (org_version): read it to know whether a cached organisation is current. */
@Mapper
interface OrgVersionMapper {

    @Select("SELECT token FROM org_version WHERE id = 1")
    String token();

    @Update("UPDATE org_version SET token = #{token} WHERE id = 1")
    void change(String token);
}
