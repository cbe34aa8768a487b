package fr.predemande.habilitation.internal;

import fr.predemande.audit.Acteur;
import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.internal.FreinDesConnexions.Frein;
import fr.predemande.referentiel.Mairie;
import fr.predemande.referentiel.Mairies;
import fr.predemande.saisie.Identifiants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * La connexion d'un agent : identifiant, mot de passe et code de son application d'authentification, ou, à la première
 * connexion, le mot de passe provisoire seul puis l'enrôlement. Chaque échec est consigné au journal d'audit ;
 * après {@value #ECHECS_AVANT_VERROUILLAGE} échecs consécutifs le compte est verrouillé 15 minutes, deux fois plus à
 * chaque verrouillage suivant (au plus un jour), et le verrouillage est consigné aussi.
 *
 * <p>La réponse ne dit jamais ce qui était faux : mot de passe, code, identifiant inconnu donnent le même refus, et un
 * identifiant inconnu se bloque comme un compte (voir {@link FreinDesConnexions}).
 */
@Service
class ConnexionDesAgents {

    static final int ECHECS_AVANT_VERROUILLAGE = 5;
    static final Duration PREMIER_VERROUILLAGE = Duration.ofMinutes(15);
    static final Duration VERROUILLAGE_MAXIMAL = Duration.ofDays(1);
    /** Émetteur affiché par l'application d'authentification à côté de l'identifiant. */
    static final String EMETTEUR = "Prédemande";
    /** Un identifiant tapé plus long n'en est pas un : on le coupe avant de le consigner. */
    private static final int LONGUEUR_CONSIGNEE = 50;

    /** Ce qu'a donné un essai de connexion. */
    sealed interface Issue {}

    /** Mot de passe et code justes : l'agent est connecté. */
    record Connecte(AgentConnecte agent) implements Issue {}

    /** Mot de passe provisoire juste, application pas encore enrôlée : la page d'enrôlement suit. */
    record EnrolementRequis(EnrolementEnCours enrolement) implements Issue {}

    /** Un refus, sans dire ce qui était faux. */
    enum Refus implements Issue {
        /** Identifiant, mot de passe ou code faux. */
        IDENTIFIANTS_INCORRECTS,
        /** Trop d'échecs : le compte (ou l'identifiant, ou l'adresse) est bloqué pour un temps. */
        TROP_DE_TENTATIVES
    }

    /** Codes consignés dans le détail des entrées d'audit (jamais le mot de passe ou le code tapé). */
    static final class Motifs {
        static final String IDENTIFIANT_INCONNU = "identifiant-inconnu";
        static final String MOT_DE_PASSE = "mot-de-passe";
        static final String CODE = "code";
        static final String CODE_DEJA_UTILISE = "code-deja-utilise";
        static final String COMPTE_VERROUILLE = "compte-verrouille";
        static final String ADRESSE_FREINEE = "adresse-freinee";
        static final String ENROLEMENT = "enrolement";

        private Motifs() {}
    }

    private final AgentRepository agents;
    private final Mairies mairies;
    private final PasswordEncoder empreintes;
    private final JournalDAudit journal;
    private final FreinDesConnexions freins;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    /** Calculée une fois : vérifier un mot de passe contre elle coûte autant que contre un vrai compte. */
    private final String empreinteFactice;

    ConnexionDesAgents(
            AgentRepository agents,
            Mairies mairies,
            PasswordEncoder empreintes,
            JournalDAudit journal,
            FreinDesConnexions freins,
            PlatformTransactionManager transactions,
            Clock horloge) {
        this.agents = agents;
        this.mairies = mairies;
        this.empreintes = empreintes;
        this.journal = journal;
        this.freins = freins;
        this.transaction = new TransactionTemplate(transactions);
        this.horloge = horloge;
        this.empreinteFactice = empreintes.encode(UUID.randomUUID().toString());
    }

    /** Un essai de connexion depuis cette adresse ; le code est ignoré tant que l'agent n'est pas enrôlé. */
    Issue essayer(String identifiantTape, String motDePasse, String code, String adresse) {
        String identifiant = Identifiants.normaliser(identifiantTape);
        String consigne =
                identifiant.length() > LONGUEUR_CONSIGNEE ? identifiant.substring(0, LONGUEUR_CONSIGNEE) : identifiant;
        Optional<Agent> trouve = agents.parIdentifiant(identifiant);
        // Argon2id avant toute transaction : le calcul (des dizaines de millisecondes) ne tient aucune connexion
        boolean motDePasseJuste = empreintes.matches(
                motDePasse == null ? "" : motDePasse,
                trouve.map(Agent::motDePasseEmpreinte).orElse(empreinteFactice));
        return transaction.execute(statut -> {
            if (freins.serre(Frein.MAIRIE_ADRESSE, adresse)) {
                echec(consigne, trouve.map(Agent::mairie).orElse(null), Motifs.ADRESSE_FREINEE, adresse);
                return Refus.TROP_DE_TENTATIVES;
            }
            if (trouve.isEmpty()) {
                return identifiantInconnu(consigne, adresse);
            }
            Agent agent = trouve.get();
            Instant maintenant = horloge.instant();
            if (agent.verrouilleA(maintenant)) {
                echec(agent.identifiant(), agent.mairie(), Motifs.COMPTE_VERROUILLE, adresse);
                return Refus.TROP_DE_TENTATIVES;
            }
            if (motDePasseJuste && !agent.enrole()) {
                return new EnrolementRequis(new EnrolementEnCours(agent.id(), agent.identifiant()));
            }
            if (!motDePasseJuste) {
                return echecDuCompte(agent, Motifs.MOT_DE_PASSE, adresse, maintenant);
            }
            OptionalLong pas = Totp.verifier(Totp.depuisBase32(agent.totpSecret()), code, maintenant, null);
            if (pas.isEmpty()) {
                return echecDuCompte(agent, Motifs.CODE, adresse, maintenant);
            }
            if (!agents.accepterLeCode(agent.id(), pas.getAsLong(), maintenant)) {
                return echecDuCompte(agent, Motifs.CODE_DEJA_UTILISE, adresse, maintenant);
            }
            journal.consigner(new EntreeDAudit(
                    acteur(agent), ActionAuditee.CONNEXION_REUSSIE, agent.identifiant(), null, adresse));
            return new Connecte(connecte(agent));
        });
    }

    /** Le secret à montrer à l'agent qui s'enrôle : tiré à sa première connexion, le même ensuite jusqu'à confirmation. */
    String secretAEnroler(UUID agentId) {
        return agents.secretAEnroler(agentId, Totp.base32(Totp.nouveauSecret()), horloge.instant());
    }

    /** L'adresse {@code otpauth://} de ce secret, que code le QR de la page d'enrôlement. */
    static String adresseOtpauth(String identifiant, String secret) {
        return Totp.uri(EMETTEUR, identifiant, Totp.depuisBase32(secret));
    }

    /**
     * Confirme l'enrôlement par un premier code : le mot de passe choisi remplace le provisoire et l'agent est
     * connecté. Rien si le code ne correspond pas (l'agent réessaie ; son mot de passe provisoire est déjà vérifié).
     */
    Optional<AgentConnecte> enroler(
            EnrolementEnCours enrolement, String nouveauMotDePasse, String code, String adresse) {
        Agent agent = agents.parId(enrolement.agentId()).orElseThrow();
        if (agent.enrole() || agent.totpSecret() == null) {
            return Optional.empty();
        }
        Instant maintenant = horloge.instant();
        OptionalLong pas = Totp.verifier(Totp.depuisBase32(agent.totpSecret()), code, maintenant, null);
        if (pas.isEmpty()) {
            return Optional.empty();
        }
        String empreinte = empreintes.encode(nouveauMotDePasse);
        return transaction.execute(statut -> {
            agents.enroler(agent.id(), empreinte, pas.getAsLong(), maintenant);
            journal.consigner(new EntreeDAudit(
                    acteur(agent), ActionAuditee.CONNEXION_REUSSIE, agent.identifiant(), Motifs.ENROLEMENT, adresse));
            return Optional.of(connecte(agent));
        });
    }

    private Refus identifiantInconnu(String identifiant, String adresse) {
        if (freins.serre(Frein.MAIRIE_IDENTIFIANT_INCONNU, identifiant)) {
            echec(identifiant, null, Motifs.COMPTE_VERROUILLE, adresse);
            return Refus.TROP_DE_TENTATIVES;
        }
        freins.compterUnEchec(Frein.MAIRIE_IDENTIFIANT_INCONNU, identifiant);
        freins.compterUnEchec(Frein.MAIRIE_ADRESSE, adresse);
        echec(identifiant, null, Motifs.IDENTIFIANT_INCONNU, adresse);
        return Refus.IDENTIFIANTS_INCORRECTS;
    }

    private Refus echecDuCompte(Agent agent, String motif, String adresse, Instant maintenant) {
        freins.compterUnEchec(Frein.MAIRIE_ADRESSE, adresse);
        echec(agent.identifiant(), agent.mairie(), motif, adresse);
        if (agents.compterUnEchec(agent.id(), maintenant) >= ECHECS_AVANT_VERROUILLAGE) {
            Duration duree = dureeDuVerrouillage(agent.verrouillages());
            agents.verrouiller(agent.id(), maintenant.plus(duree), maintenant);
            journal.consigner(new EntreeDAudit(
                    acteur(agent), ActionAuditee.COMPTE_VERROUILLE, agent.identifiant(), duree.toString(), adresse));
        }
        return Refus.IDENTIFIANTS_INCORRECTS;
    }

    /** 15 minutes, puis 30, 60… au plus un jour. */
    static Duration dureeDuVerrouillage(int verrouillagesPrecedents) {
        Duration duree = PREMIER_VERROUILLAGE;
        for (int i = 0; i < verrouillagesPrecedents && duree.compareTo(VERROUILLAGE_MAXIMAL) < 0; i++) {
            duree = duree.multipliedBy(2);
        }
        return duree.compareTo(VERROUILLAGE_MAXIMAL) > 0 ? VERROUILLAGE_MAXIMAL : duree;
    }

    private void echec(String identifiant, UUID mairie, String motif, String adresse) {
        journal.consigner(new EntreeDAudit(
                Acteur.agent(identifiant, mairie, null), ActionAuditee.CONNEXION_ECHOUEE, identifiant, motif, adresse));
    }

    private static Acteur acteur(Agent agent) {
        return Acteur.agent(agent.identifiant(), agent.mairie(), null);
    }

    private AgentConnecte connecte(Agent agent) {
        Mairie mairie = mairies.mairie(agent.mairie()).orElseThrow();
        return new AgentConnecte(agent.id(), agent.identifiant(), agent.prenom(), agent.nom(), mairie, agent.roles());
    }
}
