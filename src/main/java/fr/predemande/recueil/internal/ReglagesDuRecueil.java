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
 */
@ConfigurationProperties("predemande.recueil")
record ReglagesDuRecueil(Integer recherchesParMinute, DataSize tailleMaxNumerisation, Integer pagesMaxNumerisation) {

    ReglagesDuRecueil {
        recherchesParMinute = recherchesParMinute == null ? 30 : recherchesParMinute;
        tailleMaxNumerisation = tailleMaxNumerisation == null ? DataSize.ofMegabytes(10) : tailleMaxNumerisation;
        pagesMaxNumerisation = pagesMaxNumerisation == null ? 50 : pagesMaxNumerisation;
    }

    Duration periodeDesRecherches() {
        return Duration.ofMinutes(1);
    }
}
