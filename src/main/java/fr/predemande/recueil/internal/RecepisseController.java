package fr.predemande.recueil.internal;

import static fr.predemande.recueil.internal.DossierController.lire;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.impression.GenerateurDeRecepisse;
import fr.predemande.impression.GenerateurDeSupportVierge;
import fr.predemande.impression.NumeroEtQr;
import fr.predemande.impression.Recepisse;
import fr.predemande.justificatifs.Montant;
import fr.predemande.recueil.DossierRecueilli;
import fr.predemande.saisie.Noms;
import fr.predemande.web.UrlPublique;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Les documents imprimés au poste : le récépissé (ticket de 80 mm, A4, ou commandes ESC/POS pour les imprimantes qui
 * les prennent brutes) que la personne signe, et le support vierge pour qui vient sans son récapitulatif.
 */
@Controller
class RecepisseController {

    private final RecueilDesDossiers recueil;
    private final GenerateurDeRecepisse recepisses;
    private final GenerateurDeSupportVierge supports;
    private final JournalDAudit journal;
    private final Guichet guichet;
    private final VueDuRecueil vue;
    private final UrlPublique urlPublique;
    private final Clock horloge;

    RecepisseController(
            RecueilDesDossiers recueil,
            GenerateurDeRecepisse recepisses,
            GenerateurDeSupportVierge supports,
            JournalDAudit journal,
            Guichet guichet,
            VueDuRecueil vue,
            UrlPublique urlPublique,
            Clock horloge) {
        this.recueil = recueil;
        this.recepisses = recepisses;
        this.supports = supports;
        this.journal = journal;
        this.guichet = guichet;
        this.vue = vue;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
    }

    @GetMapping(CheminsDuRecueil.DOSSIER + "/recepisse.pdf")
    ResponseEntity<byte[]> pdf(
            AgentConnecte agent,
            @PathVariable String numero,
            @RequestParam(name = "format", defaultValue = "thermique") String format,
            HttpServletRequest requete) {
        Recepisse recepisse = recepisse(agent, numero, requete, format);
        byte[] contenu = "a4".equals(format) ? recepisses.pdfA4(recepisse) : recepisses.pdfThermique(recepisse);
        return document(contenu, MediaType.APPLICATION_PDF, "recepisse-" + recepisse.numeroDeDemande() + ".pdf", false);
    }

    @GetMapping(CheminsDuRecueil.DOSSIER + "/recepisse.escpos")
    ResponseEntity<byte[]> escPos(AgentConnecte agent, @PathVariable String numero, HttpServletRequest requete) {
        Recepisse recepisse = recepisse(agent, numero, requete, "escpos");
        return document(
                recepisses.escPos(recepisse),
                MediaType.APPLICATION_OCTET_STREAM,
                "recepisse-" + recepisse.numeroDeDemande() + ".bin",
                true);
    }

    /** Le support vierge : le numéro et le QR code de la pré-demande, et les cadres de la photo, des timbres, de la signature. */
    @GetMapping(CheminsDuRecueil.RECHERCHE + "/support/{numero}.pdf")
    ResponseEntity<byte[]> supportVierge(AgentConnecte agent, @PathVariable String numero) {
        NumeroPreDemande lu = NumeroPreDemande.lire(numero).orElseThrow(RecueilDesDossiers.DossierIntrouvable::new);
        byte[] contenu = supports.supportVierge(new NumeroEtQr(
                lu.valeur(), lu.lisible(), urlPublique.de(fr.predemande.demande.CheminsDeLaPreDemande.qrCode(lu))));
        return document(contenu, MediaType.APPLICATION_PDF, "support-" + lu.valeur() + ".pdf", false);
    }

    private Recepisse recepisse(AgentConnecte agent, String numero, HttpServletRequest requete, String format) {
        var poste = guichet.auPoste(agent, requete);
        DossierRecueilli dossier = recueil.complet(poste, lire(numero));
        var declaration = dossier.retenue();
        var etatCivil = declaration.etatCivil();
        Montant acquitte = dossier.timbres().stream()
                .map(DossierRecueilli.TimbreFiscal::montant)
                .reduce(Montant.GRATUIT, Montant::plus);
        journal.consigner(new EntreeDAudit(
                poste.acteur(),
                ActionAuditee.IMPRESSION_RECEPISSE,
                dossier.numero().valeur(),
                format,
                poste.adresse()));
        return new Recepisse(
                dossier.numero().valeur(),
                LocalDateTime.ofInstant(dossier.creeLe(), horloge.getZone()),
                agent.mairie().nom(),
                declaration.demande().titre() == null
                        ? ""
                        : vue.texte(
                                "choix.titre." + declaration.demande().titre().name()),
                etatCivil.nomNaissance() == null ? "" : Noms.enMajuscules(etatCivil.nomNaissance()),
                String.join(", ", etatCivil.prenoms()),
                vue.montant(acquitte),
                dossier.timbres().stream()
                        .map(DossierRecueilli.TimbreFiscal::numero)
                        .toList(),
                vue.texte("recueil.recepisse.suivi"),
                urlPublique.de("/"));
    }

    private static ResponseEntity<byte[]> document(byte[] contenu, MediaType type, String nom, boolean telecharger) {
        var disposition = telecharger ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(nom).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(contenu);
    }
}
