package fr.predemande.compte.internal;

import fr.predemande.compte.internal.LimitesDeDebit.Limite;
import fr.predemande.saisie.Identifiants;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * La connexion par identifiant et mot de passe, freinée après 5 échecs par identifiant (et 30 par adresse). Le frein
 * s'applique de la même façon à un identifiant qui n'existe pas : rien ne révèle l'existence d'un compte.
 */
class ConnexionLimitee implements AuthenticationProvider {

    /** Trop d'échecs récents : il faut patienter avant de réessayer. */
    static class TropDeTentatives extends AuthenticationException {
        TropDeTentatives() {
            super("trop de tentatives");
        }
    }

    private final DaoAuthenticationProvider verification;
    private final LimitesDeDebit limites;

    ConnexionLimitee(DaoAuthenticationProvider verification, LimitesDeDebit limites) {
        this.verification = verification;
        this.limites = limites;
    }

    @Override
    public Authentication authenticate(Authentication demande) {
        String identifiant = Identifiants.normaliser(demande.getName());
        String adresse = demande.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "inconnue";
        if (limites.epuisee(Limite.CONNEXION_PAR_IDENTIFIANT, identifiant)
                || limites.epuisee(Limite.CONNEXION_PAR_ADRESSE, adresse)) {
            throw new TropDeTentatives();
        }
        try {
            return verification.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    identifiant, demande.getCredentials()));
        } catch (BadCredentialsException e) {
            limites.consommer(Limite.CONNEXION_PAR_IDENTIFIANT, identifiant);
            limites.consommer(Limite.CONNEXION_PAR_ADRESSE, adresse);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
