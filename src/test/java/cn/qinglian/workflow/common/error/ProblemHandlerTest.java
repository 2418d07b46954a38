package cn.qinglian.workflow.common.error;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failures below the controllers become the documented problems, without internals. */
class ProblemHandlerTest {

    @RestController
    static class Failing {
        @GetMapping("/database-down")
        void databaseDown() {
            throw new CannotGetJdbcConnectionException("Communications link failure to 10.0.0.1:3306");
        }

        @GetMapping("/duplicate")
        void duplicate() {
            throw new DuplicateKeyException("Duplicate entry 'letter-2026' for key 'uk_business_key'");
        }

        @GetMapping("/concurrent")
        void concurrent() {
            throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed");
        }

        @GetMapping("/bug")
        void bug() {
            throw new NullPointerException("secret.internal.Field");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemHandler())
            .build();

    @Test
    void unreachableDatabaseIs503WithoutConnectionDetails() throws Exception {
        mvc.perform(get("/database-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("database-unavailable"))
                .andExpect(jsonPath("$.detail").value("数据库暂时无法访问，请稍后重试；本次操作未做任何更改。"))
                .andExpect(content().string(not(containsString("10.0.0.1"))));
    }

    @Test
    void duplicateIs409AndConcurrentUpdateIs409() throws Exception {
        mvc.perform(get("/duplicate"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("duplicate"))
                .andExpect(content().string(not(containsString("uk_business_key"))));
        mvc.perform(get("/concurrent"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-update"));
    }

    @Test
    void unexpectedErrorIs500WithoutStackTrace() throws Exception {
        mvc.perform(get("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("internal-error"))
                .andExpect(content().string(not(containsString("secret.internal"))));
    }
}
