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
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * La recherche d'une pré-demande, au poste comme par l'API des éditeurs : la saisie ou la douchette lue, le caractère
 * de contrôle vérifié avant toute recherche, la limite de débit (par agent et par poste, ou par client de l'API), la
 * pré-demande ou la raison de son absence ; chaque recherche (trouvée ou non, refusée) est écrite au journal d'audit.
 * La consommation par l'API passe par les mêmes étapes avant de rappeler la pré-demande.
 */
@Service
public class RechercheDePreDemande {

    /** Ce que voit l'agent, ou ce que l'API répond. */
    public sealed interface Resultat {
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

        /** Consommée par l'API avec ce rappel, maintenant ou lors d'un appel précédent identique ({@code le}). */
        record Consommee(NumeroPreDemande numero, Rappel rappel, Instant le) implements Resultat {}
    }

    /** Le numéro lu et libre de tout dossier en cours, ou la raison de s'arrêter là. */
    private record Lecture(NumeroPreDemande numero, Resultat refus) {}

    private final PreDemandes preDemandes;
    private final DossierRepository dossiers;
    private final Mairies mairies;
    private final LimiteurDeDebit limiteur;
    private final JournalDAudit journal;
    private final UrlPublique urlPublique;
    private final ReglagesDuRecueil reglages;
    private final TransactionTemplate transaction;

    RechercheDePreDemande(
            PreDemandes preDemandes,
            DossierRepository dossiers,
            Mairies mairies,
            LimiteurDeDebit limiteur,
            JournalDAudit journal,
            UrlPublique urlPublique,
            ReglagesDuRecueil reglages,
            PlatformTransactionManager transactions) {
        this.preDemandes = preDemandes;
        this.dossiers = dossiers;
        this.mairies = mairies;
        this.limiteur = limiteur;
        this.journal = journal;
        this.urlPublique = urlPublique;
        this.reglages = reglages;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Resultat rechercher(QuiCherche qui, String saisie) {
        Lecture lecture = lire(qui, saisie, ActionAuditee.RECHERCHE_SANS_RESULTAT, "");
        if (lecture.refus() != null) {
            return lecture.refus();
        }
        NumeroPreDemande numero = lecture.numero();
        Resultat resultat = traduire(numero, preDemandes.trouverValidee(numero));
        auditer(
                qui,
                resultat instanceof Resultat.Trouvee
                        ? ActionAuditee.RECHERCHE_TROUVEE
                        : ActionAuditee.RECHERCHE_SANS_RESULTAT,
                numero.valeur(),
                resultat.getClass().getSimpleName());
        return resultat;
    }

    /**
     * Le logiciel d'un éditeur marque la pré-demande utilisée (elle devient un dossier chez lui) : mêmes étapes que la
     * recherche, puis le rappel, idempotent pour un même rappel. La pré-demande rappelée et l'entrée d'audit réussissent
     * ou échouent ensemble ; un refus (déjà utilisée ailleurs, expirée…) est consigné aussi.
     *
     * @return {@link Resultat.Consommee}, ou la raison du refus (dont {@link Resultat.DejaUtilisee} avec l'autre rappel)
     */
    public Resultat consommer(ParLApi client, String saisie, Rappel rappel) {
        Lecture lecture = lire(client, saisie, ActionAuditee.CONSOMMATION_API, "refusée : ");
        if (lecture.refus() != null) {
            return lecture.refus();
        }
        NumeroPreDemande numero = lecture.numero();
        try {
            return transaction.execute(statut -> {
                preDemandes.rappeler(numero, rappel);
                if (!(preDemandes.trouverValidee(numero) instanceof RechercheParNumero.DejaRappelee faite)) {
                    throw new IllegalStateException("Pré-demande rappelée mais pas relue comme telle");
                }
                auditer(
                        client,
                        ActionAuditee.CONSOMMATION_API,
                        numero.valeur(),
                        "mairie « " + rappel.mairie() + " », référence " + rappel.reference());
                return new Resultat.Consommee(numero, faite.rappel(), faite.le());
            });
        } catch (PreDemandes.RappelImpossible impossible) {
            Resultat resultat = traduire(numero, impossible.raison());
            auditer(
                    client,
                    ActionAuditee.CONSOMMATION_API,
                    numero.valeur(),
                    "refusée : " + resultat.getClass().getSimpleName());
            return resultat;
        }
    }

    /**
     * Les étapes avant la pré-demande elle-même : la limite de débit, la lecture du numéro, le dossier déjà ouvert avec
     * elle. Un refus est consigné sous {@code action}, son détail précédé de {@code prefixe}.
     */
    private Lecture lire(QuiCherche qui, String saisie, ActionAuditee action, String prefixe) {
        var attente = attente(qui);
        if (attente.isPresent()) {
            auditer(qui, ActionAuditee.RECHERCHE_REFUSEE, null, prefixe + "limite de débit");
            return new Lecture(null, new Resultat.LimiteAtteinte(attente.get()));
        }
        var lecture = LectureDeLaDouchette.lire(
                saisie, URI.create(urlPublique.de("/")).getHost());
        if (lecture instanceof LectureDeLaDouchette.Lecture.AutreSite autre) {
            auditer(qui, action, null, prefixe + "QR code d'un autre site : " + autre.hote());
            return new Lecture(null, new Resultat.AutreSite(autre.hote()));
        }
        if (!(lecture instanceof LectureDeLaDouchette.Lecture.Numero lu)) {
            auditer(qui, action, null, prefixe + "numéro mal saisi");
            return new Lecture(null, new Resultat.MalSaisi());
        }
        NumeroPreDemande numero = lu.numero();
        var enDossier = dossiers.parPreDemande(numero);
        if (enDossier.isPresent() && enDossier.get().statut().modifiable()) {
            var d = enDossier.get();
            String mairie = mairies.mairie(d.mairie()).map(m -> m.nom()).orElse("?");
            auditer(qui, action, numero.valeur(), prefixe + "déjà en dossier " + d.numero());
            boolean ici = qui instanceof AuPoste poste
                    && d.appartientA(poste.agent().mairie().id());
            return new Lecture(
                    null, new Resultat.DejaEnDossier(numero, mairie, d.numero().valeur(), d.creeLe(), ici));
        }
        return new Lecture(numero, null);
    }

    /** Vide si la recherche est permise ; sinon l'attente avant la prochaine. */
    private Optional<Duration> attente(QuiCherche qui) {
        Duration periode = reglages.periodeDesRecherches();
        if (qui instanceof AuPoste poste) {
            return limiteur.consommer(
                            "recueil-agent:" + poste.agent().agentId(), reglages.recherchesParMinute(), periode)
                    .or(() -> limiteur.consommer(
                            "recueil-poste:" + poste.cleDuPoste(), reglages.recherchesParMinute(), periode));
        }
        ParLApi client = (ParLApi) qui;
        return limiteur.consommer(client.cleDeLimite(), reglages.recherchesParMinuteParClientApi(), periode);
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

    private void auditer(QuiCherche qui, ActionAuditee action, String objet, String detail) {
        journal.consigner(new EntreeDAudit(qui.acteur(), action, objet, detail, qui.adresse()));
    }
}
