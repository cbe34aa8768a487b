package fr.predemande.recueil.internal.api;

import org.springframework.http.HttpHeaders;

/**
 * Un refus que le point de l'API a décidé (pré-demande inconnue, expirée, déjà utilisée, limite atteinte…) : le
 * problème est déjà rédigé, {@link ProblemesDeLApi} l'envoie tel quel avec ses en-têtes ({@code Retry-After}).
 */
final class ProblemeDeLApi extends RuntimeException {

    private final transient Probleme probleme;
    private final transient HttpHeaders entetes;

    ProblemeDeLApi(Probleme probleme, HttpHeaders entetes) {
        super(probleme.title(), null, false, false);
        this.probleme = probleme;
        this.entetes = entetes;
    }

    Probleme probleme() {
        return probleme;
    }

    HttpHeaders entetes() {
        return entetes;
    }
}
