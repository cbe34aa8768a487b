package fr.predemande.referentiel.internal;

import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Departement;
import fr.predemande.referentiel.Pays;
import fr.predemande.referentiel.Referentiel;
import fr.predemande.referentiel.ResolutionDeCommune;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Le référentiel lu dans ses tables, que {@link ChargementDuReferentiel} remplit. */
@Service
class ReferentielJdbc implements Referentiel {

    static final int MAXIMUM = 50;
    /** Au-delà, une saisie n'est pas un nom de lieu : on ne cherche pas. */
    static final int LONGUEUR_MAXIMALE = 100;

    private static final Pattern CODE_INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern DEBUT_DE_CODE_POSTAL = Pattern.compile("[0-9]{2,5}");
    private static final Pattern CODE_POSTAL = Pattern.compile("[0-9]{5}");
    private static final Pattern CODE_ISO2 = Pattern.compile("[A-Z]{2}");
    /** « Saint-Étienne (42000) » : un nom, puis entre parenthèses un code postal, un département ou un code INSEE. */
    private static final Pattern NOM_ET_CODE = Pattern.compile("(.*\\S)\\s*\\(\\s*([0-9][0-9AaBb][0-9]{0,3})\\s*\\)");

    private static final String COMMUNE = """
            select c.code_insee, c.nom, c.code_departement, c.comedec,
              array(select cp.code_postal from commune_code_postal cp where cp.code_insee = c.code_insee
                    order by cp.code_postal) as codes_postaux
            from commune c
            """;
    private static final String ORDRE_DES_DEPARTEMENTS =
            "order by case code when '2A' then '20A' when '2B' then '20B' else code end";

    private final JdbcClient jdbc;
    private final MemoireDesResolutions<ResolutionDeCommune> resolutions = new MemoireDesResolutions<>();
    private final MemoireDesResolutions<Boolean> correspondances = new MemoireDesResolutions<>();

    ReferentielJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Après un chargement des données officielles : les réponses gardées ne valent plus. */
    void oublierLesResolutions() {
        resolutions.vider();
        correspondances.vider();
    }

    @Override
    public Optional<Commune> commune(String codeInsee) {
        String code = majuscules(codeInsee);
        if (!CODE_INSEE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc.sql(COMMUNE + "where c.code_insee = ?")
                .param(code)
                .query(ReferentielJdbc::commune)
                .optional();
    }

    @Override
    public List<Commune> rechercherCommunes(String texte, int max) {
        int limite = Math.min(Math.max(max, 0), MAXIMUM);
        String saisie = texte == null ? "" : texte.strip();
        if (limite == 0 || saisie.isEmpty() || saisie.length() > LONGUEUR_MAXIMALE) {
            return List.of();
        }
        String compacte = saisie.replace(" ", "");
        if (DEBUT_DE_CODE_POSTAL.matcher(compacte).matches()) {
            return parDebutDeCodePostal(compacte, limite);
        }
        if (CODE_INSEE.matcher(compacte.toUpperCase(Locale.ROOT)).matches()) {
            return commune(compacte).map(List::of).orElse(List.of());
        }
        String forme = FormeNormalisee.deSaisie(saisie);
        if (forme.isEmpty()) {
            return List.of();
        }
        var trouvees = new ArrayList<>(jdbc.sql(COMMUNE + """
                        where c.nom_normalise like ?
                        order by c.nom_normalise = ? desc, c.population desc, c.nom_normalise, c.code_insee
                        limit ?""")
                .params(forme + "%", forme, limite)
                .query(ReferentielJdbc::commune)
                .list());
        if (trouvees.size() < limite) {
            // puis les noms dont un mot commence par la saisie : « denis » trouve Saint-Denis
            trouvees.addAll(jdbc.sql(COMMUNE + """
                            where c.nom_normalise like ? and c.nom_normalise not like ?
                            order by c.population desc, c.nom_normalise, c.code_insee
                            limit ?""")
                    .params("% " + forme + "%", forme + "%", limite - trouvees.size())
                    .query(ReferentielJdbc::commune)
                    .list());
        }
        return List.copyOf(trouvees);
    }

    /** Les codes postaux d'abord : qui tape 5 chiffres cherche bien plus souvent un code postal qu'un code INSEE. */
    private List<Commune> parDebutDeCodePostal(String debut, int limite) {
        return jdbc.sql(COMMUNE + """
                        where c.code_insee = :code or exists (select 1 from commune_code_postal cp
                          where cp.code_insee = c.code_insee and cp.code_postal like :debut)
                        order by c.code_insee = :code,
                          (select min(cp.code_postal) from commune_code_postal cp
                           where cp.code_insee = c.code_insee and cp.code_postal like :debut),
                          c.population desc, c.nom_normalise
                        limit :limite""")
                .param("code", debut)
                .param("debut", debut + "%")
                .param("limite", limite)
                .query(ReferentielJdbc::commune)
                .list();
    }

    @Override
    public List<Commune> communesDuCodePostal(String codePostal) {
        String code = codePostal == null ? "" : codePostal.replace(" ", "");
        if (!CODE_POSTAL.matcher(code).matches()) {
            return List.of();
        }
        return jdbc.sql(COMMUNE + """
                        where exists (select 1 from commune_code_postal cp where cp.code_insee = c.code_insee and cp.code_postal = ?)
                        order by c.population desc, c.nom_normalise, c.code_insee""")
                .param(code)
                .query(ReferentielJdbc::commune)
                .list();
    }

    @Override
    public boolean codePostalCorrespond(String codeInsee, String codePostal) {
        String code = codePostal == null ? "" : codePostal.replace(" ", "");
        String insee = majuscules(codeInsee);
        return CODE_POSTAL.matcher(code).matches()
                && CODE_INSEE.matcher(insee).matches()
                && correspondances.obtenir(
                        insee + " " + code,
                        () -> jdbc.sql("""
                                select exists (select 1 from commune_code_postal where code_insee = ? and code_postal = ?)""")
                                .params(insee, code)
                                .query(Boolean.class)
                                .single());
    }

    @Override
    public Optional<Departement> departement(String code) {
        return jdbc.sql("select code, nom from departement where code = ?")
                .param(majuscules(code))
                .query(Departement.class)
                .optional();
    }

    @Override
    public List<Departement> departements() {
        return jdbc.sql("select code, nom from departement " + ORDRE_DES_DEPARTEMENTS)
                .query(Departement.class)
                .list();
    }

    @Override
    public Optional<Pays> pays(String codeIso) {
        return jdbc.sql("select code_iso, nom from pays where code_iso = ?")
                .param(majuscules(codeIso))
                .query(ReferentielJdbc::pays)
                .optional();
    }

    @Override
    public List<Pays> rechercherPays(String texte, int max) {
        int limite = Math.min(Math.max(max, 0), MAXIMUM);
        String forme = texte == null || texte.length() > LONGUEUR_MAXIMALE ? "" : FormeNormalisee.de(texte);
        if (limite == 0 || forme.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select code_iso, nom from pays
                        where nom_normalise like :debut or nom_normalise like :mot
                        order by nom_normalise = :forme desc, nom_normalise like :debut desc, nom_normalise
                        limit :limite""")
                .param("debut", forme + "%")
                .param("mot", "% " + forme + "%")
                .param("forme", forme)
                .param("limite", limite)
                .query(ReferentielJdbc::pays)
                .list();
    }

    @Override
    public List<Pays> tousLesPays() {
        return jdbc.sql("select code_iso, nom from pays order by nom_normalise")
                .query(ReferentielJdbc::pays)
                .list();
    }

    @Override
    public Optional<Pays> resoudrePays(String saisie) {
        String texte = saisie == null ? "" : saisie.strip();
        if (texte.isEmpty() || texte.length() > LONGUEUR_MAXIMALE) {
            return Optional.empty();
        }
        if (CODE_ISO2.matcher(texte).matches()) {
            return pays(texte);
        }
        return jdbc.sql("select code_iso, nom from pays where nom_normalise = ?")
                .param(FormeNormalisee.de(texte))
                .query(ReferentielJdbc::pays)
                .optional();
    }

    @Override
    public ResolutionDeCommune resoudreCommune(String saisie) {
        String texte = saisie == null ? "" : saisie.strip();
        if (texte.isEmpty() || texte.length() > LONGUEUR_MAXIMALE) {
            return new ResolutionDeCommune.Introuvable();
        }
        return resolutions.obtenir(texte, () -> resoudre(texte));
    }

    private ResolutionDeCommune resoudre(String texte) {
        String compacte = texte.replace(" ", "").toUpperCase(Locale.ROOT);
        if (CODE_INSEE.matcher(compacte).matches()) {
            Optional<Commune> parCode = commune(compacte);
            if (parCode.isPresent()) {
                return new ResolutionDeCommune.Trouvee(parCode.get());
            }
            if (CODE_POSTAL.matcher(compacte).matches()) {
                return resolution(communesDuCodePostal(compacte));
            }
            return new ResolutionDeCommune.Introuvable();
        }
        Matcher nomEtCode = NOM_ET_CODE.matcher(texte);
        if (nomEtCode.matches()) {
            String code = nomEtCode.group(2).toUpperCase(Locale.ROOT);
            List<Commune> homonymes = parNomExact(nomEtCode.group(1));
            List<Commune> precises = homonymes.stream()
                    .filter(c -> c.codesPostaux().contains(code)
                            || c.codeDepartement().equals(code)
                            || c.codeInsee().equals(code))
                    .toList();
            if (!precises.isEmpty()) {
                return resolution(precises);
            }
            // le code ne départage pas (mal recopié) : on s'en remet au nom
            return resolutionParNom(nomEtCode.group(1));
        }
        return resolutionParNom(texte);
    }

    private ResolutionDeCommune resolutionParNom(String nom) {
        List<Commune> exactes = parNomExact(nom);
        if (!exactes.isEmpty()) {
            return resolution(exactes);
        }
        List<Commune> approchees = rechercherCommunes(nom, 10);
        return approchees.isEmpty()
                ? new ResolutionDeCommune.Introuvable()
                : new ResolutionDeCommune.Ambigue(approchees);
    }

    private static ResolutionDeCommune resolution(List<Commune> communes) {
        return switch (communes.size()) {
            case 0 -> new ResolutionDeCommune.Introuvable();
            case 1 -> new ResolutionDeCommune.Trouvee(communes.get(0));
            default -> new ResolutionDeCommune.Ambigue(communes);
        };
    }

    private List<Commune> parNomExact(String nom) {
        String forme = FormeNormalisee.deSaisie(nom);
        if (forme.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COMMUNE + "where c.nom_normalise = ? order by c.population desc, c.code_insee")
                .param(forme)
                .query(ReferentielJdbc::commune)
                .list();
    }

    private static String majuscules(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private static Commune commune(ResultSet ligne, int numero) throws SQLException {
        Array codes = ligne.getArray("codes_postaux");
        List<String> codesPostaux = codes == null ? List.of() : Arrays.asList((String[]) codes.getArray());
        return new Commune(
                ligne.getString("code_insee"),
                ligne.getString("nom"),
                ligne.getString("code_departement"),
                codesPostaux,
                ligne.getBoolean("comedec"));
    }

    private static Pays pays(ResultSet ligne, int numero) throws SQLException {
        return new Pays(ligne.getString("code_iso"), ligne.getString("nom"));
    }
}
