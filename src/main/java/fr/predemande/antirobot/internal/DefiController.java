package fr.predemande.antirobot.internal;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Le widget demande un défi neuf à chaque vérification. */
@RestController
class DefiController {

    private final DefisAltcha defis;

    DefiController(DefisAltcha defis) {
        this.defis = defis;
    }

    @GetMapping("/antirobot/defi")
    ResponseEntity<Map<String, Object>> defi() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(defis.nouveauDefi());
    }
}
