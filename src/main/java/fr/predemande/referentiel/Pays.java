package fr.predemande.referentiel;

/**
 * Un pays ou territoire, hors territoires français (on y naît en France, dans une commune).
 *
 * @param codeIso code ISO 3166-1 alpha-2 ({@code DE}). Ce n'est pas le code pays de l'INSEE (99xxx) : aucune source
 *     ouverte installable ne le fournit aujourd'hui (voir la documentation du module).
 * @param nom nom français usuel ({@code Allemagne})
 */
public record Pays(String codeIso, String nom) {}
