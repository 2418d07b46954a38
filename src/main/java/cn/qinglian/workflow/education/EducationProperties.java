package cn.qinglian.workflow.education;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code qinglian.education.*}: how many minutes before a session starts its sign-in opens. */
@ConfigurationProperties("qinglian.education")
record EducationProperties(int earlyMinutes) {

    EducationProperties {
        earlyMinutes = earlyMinutes <= 0 ? 30 : earlyMinutes;
    }
}
