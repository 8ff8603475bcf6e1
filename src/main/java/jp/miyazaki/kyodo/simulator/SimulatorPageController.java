package jp.miyazaki.kyodo.simulator;

import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /simulator}: the chat page and its script and style, plain files from {@code classpath:simulator/}
 * (not {@code static/}, so they are not served while the simulator is off).
 */
@Controller
class SimulatorPageController {

    private static final Map<String, MediaType> ASSETS = Map.of(
            "simulator.js", MediaType.valueOf("text/javascript;charset=UTF-8"),
            "simulator.css", MediaType.valueOf("text/css;charset=UTF-8"));

    @GetMapping({"/simulator", "/simulator/"})
    ResponseEntity<Resource> page() {
        return serve("index.html", MediaType.valueOf("text/html;charset=UTF-8"));
    }

    @GetMapping("/simulator/{asset}")
    ResponseEntity<Resource> asset(@PathVariable String asset) {
        MediaType type = ASSETS.get(asset);
        return type == null ? ResponseEntity.notFound().build() : serve(asset, type);
    }

    private static ResponseEntity<Resource> serve(String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .body(new ClassPathResource("simulator/" + name));
    }
}
