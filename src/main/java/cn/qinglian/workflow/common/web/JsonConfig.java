package cn.qinglian.workflow.common.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes characters outside the BMP (生僻字, emoji) as UTF-8 rather than as \\uD840\\uDC3E
 * escape pairs, so exports and plain-text clients see the name itself. A year of 2094.5 is refused
 * rather than silently cut to 2094.
 */
@Configuration
class JsonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer utf8Surrogates() {
        return builder -> builder.factory(JsonFactory.builder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
