/**
 * Le magasin de documents (récapitulatifs PDF, numérisations) : système de fichiers par défaut, ou tout stockage
 * compatible S3. Chaque document y est chiffré (AES-256-GCM, une clé par document enveloppée par une clé maîtresse de
 * la configuration). La base garde de chaque document sa clé, sa taille, son type, son empreinte SHA-256 et sa clé
 * enveloppée. Les mêmes clés maîtresses chiffrent les petits secrets que d'autres modules gardent en base
 * ({@link fr.predemande.stockage.CoffreDesSecrets} : le secret TOTP des agents).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stockage")
package fr.predemande.stockage;
