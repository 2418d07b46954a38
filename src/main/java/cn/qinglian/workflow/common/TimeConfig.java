package cn.qinglian.workflow.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the app and the engine: the app's timestamps and due-date checks follow the
 * engine's clock, so a test that moves engine time to fire a timer moves the app's time too. And one
 * source of chance (the 查改剖 spot check draws from it), injected so that a test can fix it.
 */
@Configuration
class TimeConfig {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneOffset.UTC);
    }

    @Bean
    RandomGenerator chance() {
        return new Random(); // safe to share between threads, unlike the newer generators
    }

    private static final class EngineClock extends Clock {
        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
