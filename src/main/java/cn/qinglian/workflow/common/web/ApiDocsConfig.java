package cn.qinglian.workflow.common.web;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description of {@code /api}: its security schemes, the problem+json every error has, and
 * the error statuses each operation can answer, added here once rather than annotated on every method.
 * An operation's own {@code @ApiResponse} (with its examples) wins over the shared one. The server is
 * the relative "/" so the description is the same on every host (the committed copy in docs/api).
 */
@Configuration
class ApiDocsConfig {

    static final String PROBLEM = "Problem";
    static final String EXAMPLES = "openapi/examples.json";
    static final String BASIC = "basicAuth";
    static final String SESSION = "webappSession";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** The one operation open to anyone: 掌上办 asks whether it is signed in before anyone is. */
    private static final String PUBLIC_PATH = "/api/session";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "请求有误（code: validation、bad-request 等），errors[] 逐项指出字段；未做任何更改",
            "401", "未登录或用户名、密码错误（code: unauthorized）",
            "403", "没有权限（code: forbidden）",
            "404", "所指的记录不存在（code: …-not-found）",
            "409", "与现有数据冲突：已存在（duplicate）、刚被他人处理（concurrent-update）或当前状态不允许",
            "413", "上传的文件过大（code: file-too-large；单个文件不超过 10MB）",
            "415", "不支持该内容类型（code: unsupported-media-type）",
            "503", "数据库暂时无法访问（code: database-unavailable）：稍后重试，本次未做任何更改");

    @Bean
    OpenAPI qinglianOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("清廉工作流 Qinglian Workflow API")
                        .version("1")
                        .description("清廉工作流自身的 REST 接口（/api）。Camunda 引擎接口 /engine-rest 见 Camunda 文档。"
                                + " 接入说明：docs/integrators.md。错误一律为 RFC 7807 application/problem+json。"))
                .servers(List.of(new Server().url("/").description("本服务（与文档同一地址）")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Camunda 用户名和密码；其他系统用自己的系统账号（见 docs/integrators.md）"))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("已登录 Tasklist/Cockpit 的会话；写操作须带请求头 X-XSRF-TOKEN"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    /**
     * Schema names qualified by feature ({@code regulation.Compilation.Detail}, {@code sitebuilding.Project}):
     * with bare simple names, two types called {@code Project} or {@code Detail} would silently share one
     * schema. A controller's own request and view records need no qualifier beyond the feature.
     */
    @Bean
    ModelResolver featureQualifiedNames(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper(), new FeatureTypeNames());
    }

    static final class FeatureTypeNames extends TypeNameResolver {

        private static final String BASE = "cn.qinglian.workflow.";

        @Override
        protected String getNameOfClass(Class<?> type) {
            if (!type.getName().startsWith(BASE)) {
                return super.getNameOfClass(type);
            }
            StringBuilder name = new StringBuilder(type.getSimpleName());
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                if (!outer.getSimpleName().endsWith("Controller")) {
                    name.insert(0, outer.getSimpleName() + ".");
                }
            }
            return type.getPackageName().substring(BASE.length()) + "." + name;
        }

        /** {@code PageOf<TodoItem>} of approval.Views → {@code approval.Views.PageOfTodoItem}. */
        @Override
        protected String nameForGenericType(JavaType type, Set<Options> options) {
            StringBuilder name = new StringBuilder(nameForClass(type, options));
            for (int i = 0; i < type.containedTypeCount(); i++) {
                String argument = nameForType(type.containedType(i), options);
                name.append(argument.substring(argument.lastIndexOf('.') + 1));
            }
            return name.toString();
        }
    }

    /**
     * The response examples, kept in {@code openapi/examples.json} (operation id → status → name) rather than
     * in annotations so that the controllers stay readable; {@code ApiContractTest} makes each one's call.
     * An example for an operation or a status the code does not have stops the description being served.
     */
    @Bean
    OpenApiCustomizer documentedExamples(ObjectMapper json) throws IOException {
        JsonNode examples;
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            examples = json.readTree(in);
        }
        return api -> {
            Set<String> placed = new HashSet<>();
            api.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        JsonNode byStatus = examples.path(operation.getOperationId());
                        byStatus.fieldNames().forEachRemaining(status -> {
                            ApiResponse response = operation.getResponses().get(status);
                            if (response == null || response.getContent() == null) {
                                throw new IllegalStateException(
                                        EXAMPLES + ": " + operation.getOperationId() + " has no " + status);
                            }
                            MediaType media =
                                    response.getContent().values().iterator().next();
                            byStatus.path(status)
                                    .fields()
                                    .forEachRemaining(example -> media.addExamples(
                                            example.getKey(),
                                            new Example()
                                                    .summary(example.getValue()
                                                            .path("summary")
                                                            .asText())
                                                    .value(json.convertValue(
                                                            example.getValue().path("value"), Object.class))));
                        });
                        placed.add(operation.getOperationId());
                    }));
            examples.fieldNames().forEachRemaining(id -> {
                if (!placed.contains(id)) {
                    throw new IllegalStateException(EXAMPLES + ": no operation " + id);
                }
            });
        };
    }

    /** Tags in a fixed order, whatever order the controllers were found in. */
    @Bean
    OpenApiCustomizer sortedTags() {
        return api -> {
            if (api.getTags() != null) {
                api.setTags(api.getTags().stream()
                        .sorted(Comparator.comparing(Tag::getName))
                        .toList());
            }
        };
    }

    @Bean
    OperationCustomizer sharedErrors() {
        return (operation, handler) -> {
            operation.setOperationId(operationId(handler));
            successResponse(operation, handler);
            describePaging(operation);
            String path = path(handler);
            if (PUBLIC_PATH.equals(path) && handler.hasMethodAnnotation(GetMapping.class)) {
                operation.setSecurity(List.of());
            } else {
                add(operation, "401");
                add(operation, "403");
            }
            boolean hasBody = operation.getRequestBody() != null;
            if (hasBody
                    || (operation.getParameters() != null
                            && !operation.getParameters().isEmpty())) {
                add(operation, "400");
            }
            if (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
                add(operation, "404");
            }
            if (!handler.hasMethodAnnotation(GetMapping.class)) {
                add(operation, "409");
            }
            if (hasBody) {
                add(operation, "415");
                var content = operation.getRequestBody().getContent();
                if (content != null
                        && (content.containsKey("multipart/form-data") || content.containsKey("image/png"))) {
                    add(operation, "413");
                }
            }
            add(operation, "503");
            return operation;
        };
    }

    /** The lists page alike: {@code page} from 1, {@code size} at most 100 (docs/integrators.md). */
    private static void describePaging(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> "query".equals(p.getIn()) && p.getDescription() == null)
                .forEach(p -> {
                    if (p.getName().equals("page")) {
                        p.setDescription("页码，从 1 开始");
                    } else if (p.getName().equals("size")) {
                        p.setDescription("每页条数，1–100");
                    }
                });
    }

    /**
     * What the code says and springdoc cannot see: a declared 201 carries the body springdoc put on 200;
     * {@code ResponseEntity<Void>} is a 204 (the controllers answer noContent()); {@code byte[]} is a file.
     */
    private static void successResponse(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.get("200");
        ApiResponse created = responses.get("201");
        if (created != null && ok != null) {
            if (created.getContent() == null) {
                created.setContent(ok.getContent());
            }
            responses.remove("200");
        }
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        if (ResponseEntity.class.equals(returned.resolve()) && ok != null) {
            Class<?> body = returned.getGeneric(0).resolve();
            if (Void.class.equals(body)) {
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("已完成，无内容"));
            } else if (byte[].class.equals(body)) {
                ok.description("文件")
                        .content(new Content()
                                .addMediaType(
                                        fileType(handler),
                                        new MediaType().schema(new StringSchema().format("binary"))));
            }
        }
    }

    private static String fileType(HandlerMethod handler) {
        String name = handler.getMethod().getName();
        if (name.equals("pdf")) {
            return org.springframework.http.MediaType.APPLICATION_PDF_VALUE;
        }
        return name.equals("export")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }

    private static void add(Operation operation, String status) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation
                .getResponses()
                .computeIfAbsent(
                        status,
                        s -> new ApiResponse()
                                .description(ERRORS.get(s))
                                .content(new Content()
                                        .addMediaType(
                                                PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    /** {@code SelfReviewController.launch} → {@code selfReview_launch}: stable and unique without counters. */
    private static String operationId(HandlerMethod handler) {
        String type = handler.getBeanType().getSimpleName().replace("Controller", "");
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "_"
                + handler.getMethod().getName();
    }

    private static String path(HandlerMethod handler) {
        var mapping = handler.getMethodAnnotation(GetMapping.class);
        return mapping == null || mapping.value().length == 0 ? "" : mapping.value()[0];
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .description("出错的一项：字段（或列），导入时还有文件、工作表和行号（表头为第 1 行）")
                .addProperty("field", new StringSchema().example("name"))
                .addProperty("message", new StringSchema().example("请填写活动名称"))
                .addProperty("file", new StringSchema())
                .addProperty("sheet", new StringSchema())
                .addProperty("row", new IntegerSchema().format("int32"));
        return new ObjectSchema()
                .description("RFC 7807 problem+json：code 稳定可供程序判断，detail 为中文说明，可直接展示给用户")
                .addProperty("type", new StringSchema().example("urn:qinglian:problem:validation"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().example("请求内容有误，请按提示修改后重试。"))
                .addProperty("instance", new StringSchema().description("出错的请求路径"))
                .addProperty("code", new StringSchema().example("validation"))
                .addProperty("errors", new ArraySchema().items(fieldProblem))
                .addProperty("message", new StringSchema().description("同 detail（登录与权限过滤器给出，供 Camunda 网页显示）"))
                .required(List.of("type", "title", "status", "detail", "code"));
    }
}
