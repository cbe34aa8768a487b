package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.RoleAgent;
import java.util.EnumSet;
import java.util.Set;

/** Les formulaires de l'espace mairie, tels que liés par Spring MVC (du texte, sauf les rôles, déjà typés). */
final class Formulaires {

    private Formulaires() {}

    /** La connexion : identifiant, mot de passe, code de l'application (vide à la première connexion). */
    public static class Connexion {
        private String identifiant = "";
        private String motDePasse = "";
        private String code = "";

        public String getIdentifiant() {
            return identifiant;
        }

        public void setIdentifiant(String identifiant) {
            this.identifiant = identifiant;
        }

        public String getMotDePasse() {
            return motDePasse;
        }

        public void setMotDePasse(String motDePasse) {
            this.motDePasse = motDePasse;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }

    /** L'enrôlement : le mot de passe choisi (deux fois) et un premier code de l'application. */
    public static class Enrolement {
        private String motDePasse = "";
        private String confirmation = "";
        private String code = "";

        public String getMotDePasse() {
            return motDePasse;
        }

        public void setMotDePasse(String motDePasse) {
            this.motDePasse = motDePasse;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }

    /** Un nouvel agent, créé par l'administrateur de sa mairie. */
    public static class NouvelAgent {
        private String identifiantAgent = "";
        private String nomAgent = "";
        private String prenomAgent = "";
        private Set<RoleAgent> roles = EnumSet.noneOf(RoleAgent.class);

        public String getIdentifiantAgent() {
            return identifiantAgent;
        }

        public void setIdentifiantAgent(String identifiantAgent) {
            this.identifiantAgent = identifiantAgent;
        }

        public String getNomAgent() {
            return nomAgent;
        }

        public void setNomAgent(String nomAgent) {
            this.nomAgent = nomAgent;
        }

        public String getPrenomAgent() {
            return prenomAgent;
        }

        public void setPrenomAgent(String prenomAgent) {
            this.prenomAgent = prenomAgent;
        }

        public Set<RoleAgent> getRoles() {
            return roles;
        }

        public void setRoles(Set<RoleAgent> roles) {
            this.roles = roles == null ? EnumSet.noneOf(RoleAgent.class) : roles;
        }
    }

    /**
     * Une recherche dans le journal d'audit de la mairie : chaque critère est facultatif ; les dates sont du texte
     * « JJ/MM/AAAA », lues par le contrôleur (une date illisible est signalée à son champ).
     */
    public static class RechercheDansLeJournal {
        private String acteur = "";
        private String objet = "";
        private String du = "";
        private String au = "";

        public String getActeur() {
            return acteur;
        }

        public void setActeur(String acteur) {
            this.acteur = acteur == null ? "" : acteur;
        }

        public String getObjet() {
            return objet;
        }

        public void setObjet(String objet) {
            this.objet = objet == null ? "" : objet;
        }

        public String getDu() {
            return du;
        }

        public void setDu(String du) {
            this.du = du == null ? "" : du;
        }

        public String getAu() {
            return au;
        }

        public void setAu(String au) {
            this.au = au == null ? "" : au;
        }
    }

    /** Un code tapé avec des espaces (« 123 456 ») est le même code. */
    static String code(String tape) {
        return tape == null ? "" : tape.replaceAll("\\s", "");
    }

    static boolean codeBienForme(String code) {
        return code.length() == Totp.CHIFFRES && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
