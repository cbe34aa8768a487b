package fr.predemande.recueil.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Les réglages du recueil ({@code predemande.recueil.*}).
 *
 * @param recherchesParMinute recherches de pré-demande permises par agent et par poste, par minute (30 par défaut)
 * @param tailleMaxNumerisation taille au plus d'un document numérisé (10 Mo par défaut)
 * @param pagesMaxNumerisation pages au plus d'un PDF numérisé (50 par défaut)
 * @param recherchesParMinuteParClientApi recherches et consommations de pré-demande permises par minute à un client de
 *     l'API (300 par défaut) : un logiciel d'éditeur sert souvent de nombreux postes, mais un client qui essaierait des
 *     numéros au hasard doit être arrêté comme un agent
 */
@ConfigurationProperties("predemande.recueil")
record ReglagesDuRecueil(
        Integer recherchesParMinute,
        DataSize tailleMaxNumerisation,
        Integer pagesMaxNumerisation,
        Integer recherchesParMinuteParClientApi) {

    ReglagesDuRecueil {
        recherchesParMinute = recherchesParMinute == null ? 30 : recherchesParMinute;
        recherchesParMinuteParClientApi =
                recherchesParMinuteParClientApi == null ? 300 : recherchesParMinuteParClientApi;
        tailleMaxNumerisation = tailleMaxNumerisation == null ? DataSize.ofMegabytes(10) : tailleMaxNumerisation;
        pagesMaxNumerisation = pagesMaxNumerisation == null ? 50 : pagesMaxNumerisation;
    }

    Duration periodeDesRecherches() {
        return Duration.ofMinutes(1);
    }
}
