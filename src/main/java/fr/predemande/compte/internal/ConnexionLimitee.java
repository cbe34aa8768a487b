package fr.predemande.compte.internal;

import fr.predemande.compte.internal.AppareilsDeConfiance.Appareil;
import fr.predemande.compte.internal.LimitesDeDebit.Limite;
import fr.predemande.saisie.Identifiants;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * La connexion par identifiant et mot de passe, ralentie sans jamais être verrouillée par un inconnu (OWASP, « Slow
 * Down Online Guessing Attacks with Device Cookies ») :
 *
 * <ul>
 *   <li>un essai qui présente un cookie d'appareil valable pour cet identifiant ({@link AppareilsDeConfiance}) ne
 *       compte que contre ce cookie, révoqué après 5 échecs : le titulaire se connecte de son appareil habituel,
 *       d'où qu'il vienne et quoi que fassent les autres ;
 *   <li>tout autre essai passe trois freins : l'adresse (qui essaie beaucoup d'identifiants), l'identifiant toutes
 *       adresses confondues (ce qu'un réseau de machines peut essayer sur un compte) et le couple identifiant–adresse,
 *       qui impose des attentes croissantes ({@link AttentesDeConnexion}). Un inconnu ne retarde ainsi que lui-même,
 *       sauf à essayer depuis de nombreuses adresses ; le titulaire passe alors par son appareil habituel, ou par le
 *       lien de réinitialisation reçu par courriel, qui desserre les freins de l'identifiant.
 * </ul>
 *
 * <p>Chaque frein compte l'essai avant la vérification et le rend si elle réussit : des essais simultanés ne
 * passent pas tous avant que le premier échec soit compté. Le frein s'applique de la même façon à un identifiant qui
 * n'existe pas : rien ne révèle l'existence d'un compte.
 */
class ConnexionLimitee implements AuthenticationProvider {

    /** Trop d'échecs récents : il faut patienter avant de réessayer. */
    static class TropDeTentatives extends AuthenticationException {

        private final Duration attente;

        TropDeTentatives(Duration attente) {
            super("trop de tentatives");
            this.attente = attente;
        }

        /** L'attente annoncée, en secondes entières arrondies au-dessus (au moins une). */
        long secondes() {
            return Math.max(1, attente.plusNanos(999_999_999L).toSeconds());
        }
    }

    private final DaoAuthenticationProvider verification;
    private final LimitesDeDebit limites;
    private final AttentesDeConnexion attentes;
    private final AppareilsDeConfiance appareils;

    ConnexionLimitee(
            DaoAuthenticationProvider verification,
            LimitesDeDebit limites,
            AttentesDeConnexion attentes,
            AppareilsDeConfiance appareils) {
        this.verification = verification;
        this.limites = limites;
        this.attentes = attentes;
        this.appareils = appareils;
    }

    @Override
    public Authentication authenticate(Authentication demande) {
        String identifiant = Identifiants.normaliser(demande.getName());
        DetailsDeConnexion details =
                demande.getDetails() instanceof DetailsDeConnexion d ? d : DetailsDeConnexion.INCONNUS;
        Optional<Appareil> appareil = appareils.reconnu(identifiant, details.cookiesDAppareil());
        // un cookie révoqué ne vaut plus rien : l'essai est un essai non reconnu
        if (appareil.isPresent() && appareils.essayer(appareil.get())) {
            Authentication connexion = verifier(identifiant, demande);
            appareils.reussite(appareil.get());
            return connexion;
        }
        return essaiNonReconnu(identifiant, details.adresse(), demande);
    }

    private Authentication essaiNonReconnu(String identifiant, String adresse, Authentication demande) {
        Optional<Duration> attente = limites.essayer(Limite.CONNEXION_PAR_ADRESSE, adresse);
        if (attente.isPresent()) {
            throw new TropDeTentatives(attente.get());
        }
        attente = limites.essayer(Limite.CONNEXION_NON_RECONNUE_PAR_IDENTIFIANT, identifiant);
        if (attente.isPresent()) {
            limites.rendre(Limite.CONNEXION_PAR_ADRESSE, adresse);
            throw new TropDeTentatives(attente.get());
        }
        attente = attentes.essayer(identifiant, adresse);
        if (attente.isPresent()) {
            rendre(identifiant, adresse);
            throw new TropDeTentatives(attente.get());
        }
        // un échec reste compté par les trois freins
        Authentication connexion = verifier(identifiant, demande);
        rendre(identifiant, adresse);
        attentes.reussite(identifiant, adresse);
        return connexion;
    }

    private void rendre(String identifiant, String adresse) {
        limites.rendre(Limite.CONNEXION_PAR_ADRESSE, adresse);
        limites.rendre(Limite.CONNEXION_NON_RECONNUE_PAR_IDENTIFIANT, identifiant);
    }

    private Authentication verifier(String identifiant, Authentication demande) {
        return verification.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(identifiant, demande.getCredentials()));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
