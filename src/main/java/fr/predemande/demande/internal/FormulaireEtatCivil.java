package fr.predemande.demande.internal;

/** Section « État civil » du titulaire. Tout est gardé tel que tapé, même faux. */
public class FormulaireEtatCivil {

    private String sexe = "";
    private String nomNaissance = "";
    private String nomUsage = "";
    private String mentionNomUsage = "";
    private String prenoms = "";
    private String dateNaissance = "";
    private String paysNaissance = "";
    private String communeNaissance = "";
    private String villeNaissanceEtranger = "";
    private String taille = "";
    private String couleurYeux = "";

    public String getSexe() { return sexe; }
    public void setSexe(String sexe) { this.sexe = sexe == null ? "" : sexe; }
    public String getNomNaissance() { return nomNaissance; }
    public void setNomNaissance(String nomNaissance) { this.nomNaissance = nomNaissance == null ? "" : nomNaissance; }
    public String getNomUsage() { return nomUsage; }
    public void setNomUsage(String nomUsage) { this.nomUsage = nomUsage == null ? "" : nomUsage; }
    public String getMentionNomUsage() { return mentionNomUsage; }
    public void setMentionNomUsage(String mentionNomUsage) { this.mentionNomUsage = mentionNomUsage == null ? "" : mentionNomUsage; }
    public String getPrenoms() { return prenoms; }
    public void setPrenoms(String prenoms) { this.prenoms = prenoms == null ? "" : prenoms; }
    public String getDateNaissance() { return dateNaissance; }
    public void setDateNaissance(String dateNaissance) { this.dateNaissance = dateNaissance == null ? "" : dateNaissance; }
    public String getPaysNaissance() { return paysNaissance; }
    public void setPaysNaissance(String paysNaissance) { this.paysNaissance = paysNaissance == null ? "" : paysNaissance; }
    public String getCommuneNaissance() { return communeNaissance; }
    public void setCommuneNaissance(String communeNaissance) { this.communeNaissance = communeNaissance == null ? "" : communeNaissance; }
    public String getVilleNaissanceEtranger() { return villeNaissanceEtranger; }
    public void setVilleNaissanceEtranger(String villeNaissanceEtranger) { this.villeNaissanceEtranger = villeNaissanceEtranger == null ? "" : villeNaissanceEtranger; }
    public String getTaille() { return taille; }
    public void setTaille(String taille) { this.taille = taille == null ? "" : taille; }
    public String getCouleurYeux() { return couleurYeux; }
    public void setCouleurYeux(String couleurYeux) { this.couleurYeux = couleurYeux == null ? "" : couleurYeux; }
}
