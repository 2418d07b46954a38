package cn.qinglian.workflow.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21.1: pages of the webapps loaded at the same moment each get the Content-Security-Policy nonce
 * their own scripts carry (Camunda kept one nonce for all requests, and 2–11 of 20 simultaneous Tasklist
 * loads came up blank).
 */
class WebappNonceTest extends IntegrationTest {

    private static final int LOADS = 20;
    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void pagesLoadedTogetherEachCarryTheirOwnHeadersNonce(String app) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI page = URI.create(http.getRootUri() + "/camunda/app/" + app + "/default/");
        CyclicBarrier together = new CyclicBarrier(LOADS);
        ExecutorService threads = Executors.newFixedThreadPool(LOADS);
        List<Future<HttpResponse<String>>> loads = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            loads.add(threads.submit(() -> {
                together.await();
                return client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            }));
        }
        List<String> headerNonces = new ArrayList<>();
        for (Future<HttpResponse<String>> load : loads) {
            HttpResponse<String> response = load.get();
            assertThat(response.statusCode()).isEqualTo(200);
            String header =
                    response.headers().firstValue("Content-Security-Policy").orElseThrow();
            Matcher expected = HEADER_NONCE.matcher(header);
            assertThat(expected.find()).as(header).isTrue();
            Matcher scripts = PAGE_NONCE.matcher(response.body());
            int carried = 0;
            while (scripts.find()) {
                assertThat(scripts.group(1))
                        .as("a script's nonce is the header's")
                        .isEqualTo(expected.group(1));
                carried++;
            }
            assertThat(carried).as("the page's scripts carry a nonce").isPositive();
            headerNonces.add(expected.group(1));
        }
        threads.shutdown();
        assertThat(headerNonces).as("a nonce per page").doesNotHaveDuplicates();
    }
}
