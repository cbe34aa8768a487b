package fr.predemande.habilitation.internal;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.PosteCourant;
import fr.predemande.habilitation.RoleAgent;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** La création des comptes d'agents par l'administrateur de leur mairie, consignée au journal d'audit. */
@Service
class ComptesDesAgents {

    /** Sans lettres ni chiffres qu'on confond à la lecture (l, 1, o, 0, i) : le mot de passe est recopié à la main. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    /** 16 caractères de 31 possibles : près de 80 bits, hors de portée même avant le verrouillage. */
    private static final int LONGUEUR_DU_PROVISOIRE = 16;

    private static final SecureRandom HASARD = new SecureRandom();

    /** Le compte créé et son mot de passe provisoire, à remettre à l'agent (il n'est gardé nulle part en clair). */
    record AgentCree(String identifiant, String motDePasseProvisoire) {}

    private final AgentRepository agents;
    private final PasswordEncoder empreintes;
    private final JournalDAudit journal;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    ComptesDesAgents(
            AgentRepository agents,
            PasswordEncoder empreintes,
            JournalDAudit journal,
            PlatformTransactionManager transactions,
            Clock horloge) {
        this.agents = agents;
        this.empreintes = empreintes;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
        this.horloge = horloge;
    }

    /**
     * Crée un agent dans la mairie de l'administrateur ; rien si l'identifiant est déjà pris (dans n'importe quelle
     * mairie). L'agent s'enrôlera à sa première connexion.
     */
    Optional<AgentCree> creer(
            AgentConnecte administrateur,
            String identifiant,
            String nom,
            String prenom,
            Set<RoleAgent> roles,
            HttpServletRequest requete) {
        String provisoire = motDePasseProvisoire();
        var agent = new Agent(
                UUID.randomUUID(),
                identifiant,
                nom,
                prenom,
                administrateur.mairie().id(),
                roles,
                empreintes.encode(provisoire),
                null,
                false,
                null,
                0,
                0,
                null,
                0);
        return transaction.execute(statut -> {
            if (!agents.inserer(agent, administrateur.identifiant(), horloge.instant())) {
                return Optional.empty();
            }
            journal.consigner(new EntreeDAudit(
                    PosteCourant.acteur(administrateur, requete),
                    ActionAuditee.CREATION_AGENT,
                    identifiant,
                    roles.stream().sorted().map(RoleAgent::name).collect(Collectors.joining(",")),
                    requete.getRemoteAddr()));
            return Optional.of(new AgentCree(identifiant, provisoire));
        });
    }

    static String motDePasseProvisoire() {
        var texte = new StringBuilder();
        for (int i = 0; i < LONGUEUR_DU_PROVISOIRE; i++) {
            if (i > 0 && i % 4 == 0) {
                texte.append('-');
            }
            texte.append(ALPHABET.charAt(HASARD.nextInt(ALPHABET.length())));
        }
        return texte.toString();
    }
}
