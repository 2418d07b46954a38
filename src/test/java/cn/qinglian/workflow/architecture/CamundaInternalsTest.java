package cn.qinglian.workflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** docs/adr/0003-camunda-internals.md: one package reaches into Camunda's internals, and only it. */
class CamundaInternalsTest {

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.qinglian.workflow");

    @Test
    void onlyCommonCamundaUsesCamundaImplementationClasses() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.qinglian.workflow.common.camunda..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.camunda.bpm..impl..")
                        .and(not(belongToAnyOf(
                                ProcessEngineConfigurationImpl.class, Authentication.class, ClockUtil.class))))
                .because(
                        "each reach into Camunda's internals is listed, with its guard, in docs/adr/0003-camunda-internals.md")
                .check(APP);
    }
}
