package fr.predemande.compte.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Les réglages du compte usager ({@code predemande.compte.*}).
 *
 * @param cleAppareils la clé qui signe les cookies d'appareil (HMAC-SHA-256), la même sur tous les nœuds ; vide = celle
 *     de l'anti-robot ({@code predemande.antirobot.cle-hmac}, que le profil prod exige), d'où une clé propre aux
 *     cookies d'appareil est dérivée ; vide elle aussi = une clé tirée au hasard à chaque démarrage (un seul nœud, hors
 *     production). La changer rend tous les appareils inconnus : leurs titulaires repassent par le frein commun
 */
@ConfigurationProperties("predemande.compte")
record ReglagesDuCompte(@DefaultValue("") String cleAppareils) {

    ReglagesDuCompte {
        cleAppareils = cleAppareils == null ? "" : cleAppareils;
    }
}
