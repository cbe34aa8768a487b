package fr.predemande.compte.internal;

import fr.predemande.compte.ComptesUsagers;
import fr.predemande.compte.IdentiteUsager;
import fr.predemande.saisie.Identifiants;
import java.util.List;
import java.util.Optional;
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
    public Optional<IdentiteUsager> identite(String identifiant) {
        return comptes.parIdentifiant(Identifiants.normaliser(identifiant))
                .filter(Compte::estActive)
                .map(c -> new IdentiteUsager(c.id(), c.identifiant(), c.sexe(), c.nom(), c.prenoms(), c.courriel(),
                        c.telephone()));
    }

    /** Un compte pas encore activé n'a pas de mot de passe : il ne peut pas se connecter, et le message reste neutre. */
    @Override
    public UserDetails loadUserByUsername(String identifiant) {
        return comptes.parIdentifiant(Identifiants.normaliser(identifiant))
                .filter(Compte::estActive)
                .map(c -> User.withUsername(c.identifiant())
                        .password(c.motDePasseEmpreinte())
                        .authorities(List.of(new SimpleGrantedAuthority(ROLE_USAGER)))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("inconnu"));
    }
}
