package bench.stock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A stock Camunda 7.24 engine: the starter's defaults, no handlers (README.md, "Benchmark"); with the
 * profile {@code secured}, the same engine with authorizations and HTTP Basic on ({@link SecuredStock}).
 */
@SpringBootApplication
public class StockEngine {

    public static void main(String[] args) {
        SpringApplication.run(StockEngine.class, args);
    }
}
