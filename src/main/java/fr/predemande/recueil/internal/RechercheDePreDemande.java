package fr.predemande.recueil.internal;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandeRetrouvee;
import fr.predemande.demande.PreDemandes;
import fr.predemande.demande.Rappel;
import fr.predemande.demande.RechercheParNumero;
import fr.predemande.plateforme.LimiteurDeDebit;
import fr.predemande.referentiel.Mairies;
import fr.predemande.web.UrlPublique;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * La recherche d'une pré-demande au poste : la saisie ou la douchette lue, le caractère de contrôle vérifié avant
 * toute recherche, la limite de débit par agent et par poste, la pré-demande ou la raison de son absence ; chaque
 * recherche (trouvée ou non, refusée) est écrite au journal d'audit.
 */
@Service
class RechercheDePreDemande {

    /** Ce que voit l'agent. */
    sealed interface Resultat {
        record Trouvee(PreDemandeRetrouvee preDemande) implements Resultat {}

        record MalSaisi() implements Resultat {}

        record AutreSite(String hote) implements Resultat {}

        record Inconnue(NumeroPreDemande numero) implements Resultat {}

        record Expiree(NumeroPreDemande numero, LocalDate valableJusquAu) implements Resultat {}

        record Purgee(NumeroPreDemande numero, LocalDate valableJusquAu) implements Resultat {}

        /** Déjà devenue un dossier transmis : par quelle mairie, sous quel numéro de demande, quand. */
        record DejaUtilisee(NumeroPreDemande numero, Rappel rappel, Instant le) implements Resultat {}

        /** Un dossier est en cours avec elle, dans cette mairie ({@code ici}) ou une autre. */
        record DejaEnDossier(NumeroPreDemande numero, String mairie, String numeroDeDemande, Instant le, boolean ici)
                implements Resultat {}

        record LimiteAtteinte(Duration attente) implements Resultat {}
    }

    private final PreDemandes preDemandes;
    private final DossierRepository dossiers;
    private final Mairies mairies;
    private final LimiteurDeDebit limiteur;
    private final JournalDAudit journal;
    private final UrlPublique urlPublique;
    private final ReglagesDuRecueil reglages;

    RechercheDePreDemande(PreDemandes preDemandes, DossierRepository dossiers, Mairies mairies, LimiteurDeDebit limiteur,
            JournalDAudit journal, UrlPublique urlPublique, ReglagesDuRecueil reglages) {
        this.preDemandes = preDemandes;
        this.dossiers = dossiers;
        this.mairies = mairies;
        this.limiteur = limiteur;
        this.journal = journal;
        this.urlPublique = urlPublique;
        this.reglages = reglages;
    }

    Resultat rechercher(AuPoste poste, String saisie) {
        var attente = limiteur.consommer("recueil-agent:" + poste.agent().agentId(), reglages.recherchesParMinute(),
                        reglages.periodeDesRecherches())
                .or(() -> limiteur.consommer("recueil-poste:" + poste.cleDuPoste(), reglages.recherchesParMinute(),
                        reglages.periodeDesRecherches()));
        if (attente.isPresent()) {
            auditer(poste, ActionAuditee.RECHERCHE_REFUSEE, null, "limite de débit");
            return new Resultat.LimiteAtteinte(attente.get());
        }
        var lecture = LectureDeLaDouchette.lire(saisie, URI.create(urlPublique.de("/")).getHost());
        if (lecture instanceof LectureDeLaDouchette.Lecture.AutreSite autre) {
            auditer(poste, ActionAuditee.RECHERCHE_SANS_RESULTAT, null, "QR code d'un autre site : " + autre.hote());
            return new Resultat.AutreSite(autre.hote());
        }
        if (!(lecture instanceof LectureDeLaDouchette.Lecture.Numero lu)) {
            auditer(poste, ActionAuditee.RECHERCHE_SANS_RESULTAT, null, "numéro mal saisi");
            return new Resultat.MalSaisi();
        }
        NumeroPreDemande numero = lu.numero();
        var enDossier = dossiers.parPreDemande(numero);
        if (enDossier.isPresent() && enDossier.get().statut().modifiable()) {
            var d = enDossier.get();
            String mairie = mairies.mairie(d.mairie()).map(m -> m.nom()).orElse("?");
            auditer(poste, ActionAuditee.RECHERCHE_SANS_RESULTAT, numero.valeur(), "déjà en dossier " + d.numero());
            return new Resultat.DejaEnDossier(numero, mairie, d.numero().valeur(), d.creeLe(),
                    d.appartientA(poste.agent().mairie().id()));
        }
        Resultat resultat = traduire(numero, preDemandes.trouverValidee(numero));
        auditer(poste, resultat instanceof Resultat.Trouvee ? ActionAuditee.RECHERCHE_TROUVEE
                : ActionAuditee.RECHERCHE_SANS_RESULTAT, numero.valeur(), resultat.getClass().getSimpleName());
        return resultat;
    }

    private static Resultat traduire(NumeroPreDemande numero, RechercheParNumero recherche) {
        if (recherche instanceof RechercheParNumero.Trouvee t) {
            return new Resultat.Trouvee(t.preDemande());
        }
        if (recherche instanceof RechercheParNumero.Expiree e) {
            return new Resultat.Expiree(numero, e.valableJusquAu());
        }
        if (recherche instanceof RechercheParNumero.Purgee p) {
            return new Resultat.Purgee(numero, p.valableJusquAu());
        }
        if (recherche instanceof RechercheParNumero.DejaRappelee r) {
            return new Resultat.DejaUtilisee(numero, r.rappel(), r.le());
        }
        return new Resultat.Inconnue(numero);
    }

    private void auditer(AuPoste poste, ActionAuditee action, String objet, String detail) {
        journal.consigner(new EntreeDAudit(poste.acteur(), action, objet, detail, poste.adresse()));
    }
}
