package jp.miyazaki.kyodo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kyodo Bot (協働ボット): a LINE assistant that connects Miyazaki citizens with civic activity. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KyodoBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(KyodoBotApplication.class, args);
    }
}
