package fr.predemande.demande.internal;

import fr.predemande.justificatifs.AcquisitionNationalite;

/** Section « Nationalité » : comment la nationalité française a été acquise ; la précision est gardée telle que tapée. */
public class FormulaireNationalite {

    private AcquisitionNationalite acquisition;
    private String precision = "";

    public AcquisitionNationalite getAcquisition() {
        return acquisition;
    }

    public void setAcquisition(AcquisitionNationalite acquisition) {
        this.acquisition = acquisition;
    }

    public String getPrecision() {
        return precision;
    }

    public void setPrecision(String precision) {
        this.precision = Textes.texte(precision);
    }
}
