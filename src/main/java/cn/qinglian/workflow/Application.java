package cn.qinglian.workflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Qinglian Workflow. A process application (rather than plain auto-deployment) so that the
 * engine deploys both processes/ and forms/ with the same resource names in tests, in
 * {@code spring-boot:run} and in the fat jar (see META-INF/processes.xml).
 */
@SpringBootApplication
@EnableProcessApplication("qinglian")
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
