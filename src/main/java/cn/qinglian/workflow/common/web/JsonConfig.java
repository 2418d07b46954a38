package cn.qinglian.workflow.common.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes characters outside the BMP (生僻字, emoji) as UTF-8 rather than as \\uD840\\uDC3E
 * escape pairs, so exports and plain-text clients see the name itself. A year of 2094.5 is refused
 * rather than silently cut to 2094; a number sent as text ("3", or the full-width "３" Java would read
 * as 3) is refused rather than read; a key given twice is refused rather than the last one winning.
 */
@Configuration
class JsonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer utf8Surrogates() {
        return builder -> builder.factory(JsonFactory.builder()
                        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                        .build())
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> {
                    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
                        mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    }
                });
    }
}
