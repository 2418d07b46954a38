package cn.qinglian.workflow;

import javax.xml.datatype.DatatypeFactory;
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
        // Camunda resolves every timer's due date with DatatypeFactory.newInstance(), which, unless this
        // names the JDK's own factory, searches every jar in the fat jar for a service file each time.
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(
                    DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
        SpringApplication.run(Application.class, args);
    }
}
