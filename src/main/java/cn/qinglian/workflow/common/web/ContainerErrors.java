package cn.qinglian.workflow.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests Tomcat refuses before they reach the application — an encoded slash ({@code ..%2F..%2Fetc})
 * in the path, a malformed URI — are answered as problem+json in Chinese like every other error,
 * not with Tomcat's HTML page.
 */
@Configuration
class ContainerErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's last-resort error report, as problem+json. */
    public static class ProblemErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String code = status == 400
                    ? "bad-request"
                    : status == 404 ? "not-found" : status < 500 ? "client-error" : "internal-error";
            String detail = status == 400
                    ? "请求地址或格式有误（例如路径中含有编码的斜杠或非法字符），未做任何更改。"
                    : status == 404 ? "请求的地址不存在。" : status < 500 ? "请求有误，未做任何更改。" : "系统内部错误，请联系管理员。";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"urn:qinglian:problem:" + code + "\",\"status\":" + status + ",\"code\":\""
                            + code + "\",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone; there is no one left to tell.
            }
        }
    }
}
