package cn.qinglian.workflow.architecture;

import cn.qinglian.workflow.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is an application module: no cycles, and a module uses another only through
 * what that one exposes (its base package, or a named interface) and only if its package-info allows.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesUseOnlyWhatTheyAreAllowedAndNothingPointsBackUp() {
        MODULES.verify();
    }
}
