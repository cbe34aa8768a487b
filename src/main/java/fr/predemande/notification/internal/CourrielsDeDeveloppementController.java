package fr.predemande.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** La boîte aux lettres de développement ; absente en production (le composant qui garde les courriels l'est aussi). */
@Controller
@Profile("!prod")
@ConditionalOnProperty(name = "spring.mail.host", havingValue = "false", matchIfMissing = true)
class CourrielsDeDeveloppementController {

    private final CourrielsDeDeveloppement courriels;
    private final ObjectProvider<SmsDeDeveloppement> sms;

    CourrielsDeDeveloppementController(CourrielsDeDeveloppement courriels, ObjectProvider<SmsDeDeveloppement> sms) {
        this.courriels = courriels;
        this.sms = sms;
    }

    @GetMapping("/dev/courriels")
    String liste(Model modele) {
        modele.addAttribute("courriels", courriels.derniers());
        modele.addAttribute("smsDeDeveloppement", sms.getIfAvailable() != null);
        return "dev/courriels";
    }

    @GetMapping("/dev/courriels/{id}")
    String courriel(@PathVariable UUID id, Model modele) {
        modele.addAttribute(
                "courriel", courriels.parId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        modele.addAttribute("pieces", courriels.pieces(id));
        return "dev/courriel";
    }

    /** Une pièce jointe, à enregistrer (jamais affichée dans la page : elle vient d'un courriel, pas du service). */
    @GetMapping("/dev/courriels/{id}/pieces/{rang}")
    ResponseEntity<byte[]> piece(@PathVariable UUID id, @PathVariable int rang) {
        var piece = courriels.piece(id, rang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(typeMedia(piece.typeMedia()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(piece.nom(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(piece.contenu());
    }

    private static MediaType typeMedia(String declare) {
        try {
            return MediaType.parseMediaType(declare);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
