package fr.predemande.demande.internal;

import fr.predemande.demande.Declaration;
import fr.predemande.demande.LigneAffichee;
import fr.predemande.demande.SaisieAuGuichet;
import fr.predemande.demande.Section;
import fr.predemande.demande.SectionAffichee;
import fr.predemande.web.LiaisonDesFormulaires;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.stereotype.Service;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * La saisie au guichet : la déclaration est remise en formulaires, la section envoyée y est liée et vérifiée par les
 * règles de l'usager, puis relue en déclaration. Seuls les champs de la section peuvent être liés.
 */
@Service
class SaisieAuGuichetService implements SaisieAuGuichet {

    private final Declarations declarations;
    private final ValidationDesSections validation;
    private final ControlesDeCoherence controles;
    private final VueDesReponses vue;

    SaisieAuGuichetService(
            Declarations declarations,
            ValidationDesSections validation,
            ControlesDeCoherence controles,
            VueDesReponses vue) {
        this.declarations = declarations;
        this.validation = validation;
        this.controles = controles;
        this.vue = vue;
    }

    @Override
    public Declaration vierge() {
        return declarations.de(new Reponses());
    }

    @Override
    public PageDeSection afficher(Declaration declaration, Section section) {
        Reponses reponses = ReponsesDUneDeclaration.de(declaration);
        return page(section, reponses, null);
    }

    @Override
    public ResultatDeSaisie enregistrer(Declaration declaration, Section section, Map<String, String[]> parametres) {
        Reponses reponses = ReponsesDUneDeclaration.de(declaration);
        Object formulaire = Formulaires.dans(section, reponses);
        var liaison = new WebDataBinder(formulaire, "formulaire");
        LiaisonDesFormulaires.preparer(liaison);
        liaison.setAllowedFields(champs(section));
        liaison.bind(new MutablePropertyValues(parametres));
        BindingResult erreurs = liaison.getBindingResult();
        validation.verifier(section, reponses, erreurs);
        if (erreurs.hasErrors()) {
            return new ResultatDeSaisie.Refusee(page(section, reponses, erreurs));
        }
        return new ResultatDeSaisie.Enregistree(declarations.de(reponses));
    }

    @Override
    public List<SectionAffichee> sections(Declaration declaration) {
        return vue.sections(declaration);
    }

    @Override
    public List<ProblemeDeSaisie> problemes(Declaration declaration) {
        return controles.controler(ReponsesDUneDeclaration.de(declaration)).stream()
                .map(p -> new ProblemeDeSaisie(p.section(), p.champ(), vue.probleme(p)))
                .toList();
    }

    @Override
    public List<Difference> differences(Declaration avant, Declaration apres) {
        Map<String, LigneAffichee> anciennes = new LinkedHashMap<>();
        vue.sections(avant).forEach(s -> s.lignes().forEach(l -> anciennes.put(s.section() + "/" + l.champ(), l)));
        var differences = new ArrayList<Difference>();
        for (SectionAffichee section : vue.sections(apres)) {
            for (LigneAffichee ligne : section.lignes()) {
                LigneAffichee ancienne = anciennes.remove(section.section() + "/" + ligne.champ());
                String valeurAvant = ancienne == null ? "" : ancienne.valeur();
                if (!Objects.equals(valeurAvant, ligne.valeur())) {
                    differences.add(new Difference(
                            section.section(), ligne.champ(), ligne.libelle(), valeurAvant, ligne.valeur()));
                }
            }
        }
        // une ligne qui n'est plus montrée (par exemple l'ancien titre après un changement de motif) : effacée
        anciennes.forEach((cle, ligne) -> {
            if (!ligne.valeur().isEmpty()) {
                var section = Section.valueOf(cle.substring(0, cle.indexOf('/')));
                differences.add(new Difference(section, ligne.champ(), ligne.libelle(), ligne.valeur(), ""));
            }
        });
        return differences;
    }

    private PageDeSection page(Section section, Reponses reponses, BindingResult erreurs) {
        Map<String, Object> modele = new HashMap<>();
        modele.put("section", section);
        modele.put("formulaire", Formulaires.dans(section, reponses));
        if (erreurs != null) {
            modele.put(BindingResult.MODEL_KEY_PREFIX + "formulaire", erreurs);
        }
        modele.put("obligatoires", ChampsObligatoires.de(section, reponses));
        modele.put("conditions", ChampsObligatoires.surLaPage(section));
        OptionsDesSections.ajouter(modele::put);
        return new PageDeSection(section, modele);
    }

    private static String[] champs(Section section) {
        var champs = new ArrayList<String>();
        for (PropertyDescriptor propriete : BeanUtils.getPropertyDescriptors(Formulaires.classe(section))) {
            if (propriete.getWriteMethod() != null) {
                champs.add(propriete.getName());
            }
        }
        return champs.toArray(String[]::new);
    }
}
