package fr.predemande.compte.internal;

import fr.predemande.compte.ComptesUsagers;
import fr.predemande.compte.IdentiteUsager;
import fr.predemande.compte.UsagerConnecte;
import fr.predemande.saisie.Identifiants;
import fr.predemande.saisie.Sexe;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Les comptes vus des autres modules et de la connexion. */
@Service
class ComptesUsagersJdbc implements ComptesUsagers, UserDetailsService {

    static final String ROLE_USAGER = "ROLE_USAGER";
    private final CompteRepository comptes;

    ComptesUsagersJdbc(CompteRepository comptes) {
        this.comptes = comptes;
    }

    @Override
    public Optional<IdentiteUsager> identite(UUID compteId) {
        return comptes.parId(compteId)
                .filter(Compte::estActive)
                .map(c -> new IdentiteUsager(
                        c.id(),
                        c.identifiant(),
                        Sexe.lire(c.sexe()).orElse(null),
                        c.nom(),
                        c.prenoms(),
                        c.courriel(),
                        c.telephone()));
    }

    /** Un compte pas encore activé n'a pas de mot de passe : il ne peut pas se connecter, et le message reste neutre. */
    @Override
    public UserDetails loadUserByUsername(String identifiant) {
        return comptes.parIdentifiant(Identifiants.normaliser(identifiant))
                .filter(Compte::estActive)
                .map(c -> new CompteAuthentifie(new UsagerConnecte(c.id(), c.identifiant()), c.motDePasseEmpreinte()))
                .orElseThrow(() -> new UsernameNotFoundException("inconnu"));
    }

    /** Le principal gardé en session : l'usager connecté, sans autre donnée personnelle. */
    static final class CompteAuthentifie extends User {

        private final UsagerConnecte usager;

        CompteAuthentifie(UsagerConnecte usager, String empreinte) {
            super(usager.identifiant(), empreinte, List.of(new SimpleGrantedAuthority(ROLE_USAGER)));
            this.usager = usager;
        }

        UsagerConnecte usager() {
            return usager;
        }

        // User compare par nom ; le compte suffit à distinguer deux principaux
        @Override
        public boolean equals(Object autre) {
            return autre instanceof CompteAuthentifie c && usager.equals(c.usager);
        }

        @Override
        public int hashCode() {
            return usager.hashCode();
        }
    }
}
