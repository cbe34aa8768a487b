package fr.predemande.recueil.internal;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.demande.Declaration;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandes;
import fr.predemande.demande.Rappel;
import fr.predemande.demande.RechercheParNumero;
import fr.predemande.demande.SaisieAuGuichet;
import fr.predemande.demande.SaisieAuGuichet.ResultatDeSaisie;
import fr.predemande.demande.Section;
import fr.predemande.justificatifs.ListeDesJustificatifs;
import fr.predemande.justificatifs.Montant;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.justificatifs.ReglesDesJustificatifs;
import fr.predemande.justificatifs.Situation;
import fr.predemande.recueil.DossierRecueilli;
import fr.predemande.recueil.DossierRecueilli.ControleDePiece;
import fr.predemande.recueil.DossierRecueilli.Correction;
import fr.predemande.recueil.DossierRecueilli.DocumentDuDepot;
import fr.predemande.recueil.DossierRecueilli.Empreintes;
import fr.predemande.recueil.DossierRecueilli.Numerisation;
import fr.predemande.recueil.DossierRecueilli.ObjetNumerise;
import fr.predemande.recueil.DossierRecueilli.Origine;
import fr.predemande.recueil.DossierRecueilli.ReleveDesEmpreintes;
import fr.predemande.recueil.DossierRecueilli.TimbreFiscal;
import fr.predemande.recueil.DossierTransmis;
import fr.predemande.recueil.NumeroDeDemande;
import fr.predemande.recueil.StatutDossier;
import fr.predemande.stockage.MagasinDeDocuments;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Le dossier au poste, de sa création à sa transmission. Un dossier appartient à la mairie qui l'a ouvert : un agent
 * d'une autre mairie ne le voit pas. Chaque lecture et chaque modification est écrite au journal d'audit, dans la même
 * transaction que la modification.
 */
@Service
class RecueilDesDossiers {

    /** Le dossier n'existe pas (même réponse qu'un numéro mal tapé) : page d'erreur 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class DossierIntrouvable extends RuntimeException {}

    /** Le dossier est celui d'une autre mairie : page d'erreur 403. */
    @ResponseStatus(HttpStatus.FORBIDDEN)
    static class DossierDUneAutreMairie extends RuntimeException {}

    /** Ce qui manque encore pour transmettre, en codes de message. */
    static class TransmissionIncomplete extends RuntimeException {
        final List<String> manques;

        TransmissionIncomplete(List<String> manques) {
            super(String.join(", ", manques));
            this.manques = List.copyOf(manques);
        }
    }

    private final DossierRepository depot;
    private final PreDemandes preDemandes;
    private final SaisieAuGuichet saisie;
    private final MagasinDeDocuments magasin;
    private final ControleDesNumerisations controleDesNumerisations;
    private final JournalDAudit journal;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    RecueilDesDossiers(
            DossierRepository depot,
            PreDemandes preDemandes,
            SaisieAuGuichet saisie,
            MagasinDeDocuments magasin,
            ControleDesNumerisations controleDesNumerisations,
            JournalDAudit journal,
            ApplicationEventPublisher evenements,
            Clock horloge) {
        this.depot = depot;
        this.preDemandes = preDemandes;
        this.saisie = saisie;
        this.magasin = magasin;
        this.controleDesNumerisations = controleDesNumerisations;
        this.journal = journal;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /**
     * Le dossier d'une pré-demande retrouvée : créé s'il n'existe pas (deux clics, deux onglets : un seul dossier).
     *
     * @return vide si la pré-demande n'est plus utilisable (expirée, déjà utilisée…) ou en dossier dans une autre mairie
     */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public Optional<Dossier> ouvrirDepuisPreDemande(AuPoste poste, NumeroPreDemande numero) {
        var existant = depot.parPreDemande(numero);
        if (existant.isPresent()) {
            return existant.filter(d ->
                    d.appartientA(poste.agent().mairie().id()) && d.statut().modifiable());
        }
        if (!(preDemandes.trouverValidee(numero) instanceof RechercheParNumero.Trouvee trouvee)) {
            return Optional.empty();
        }
        Declaration declaration = trouvee.preDemande().declaration();
        return Optional.of(creer(poste, Origine.PRE_DEMANDE, numero, declaration));
    }

    /** Un dossier tapé depuis un formulaire papier : une déclaration vierge, que l'agent remplit section par section. */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public Dossier ouvrirFormulairePapier(AuPoste poste) {
        return creer(poste, Origine.FORMULAIRE_PAPIER, null, saisie.vierge());
    }

    private Dossier creer(AuPoste poste, Origine origine, NumeroPreDemande numeroPreDemande, Declaration declaration) {
        Instant maintenant = horloge.instant();
        var mairie = poste.agent().mairie();
        int annee = LocalDate.ofInstant(maintenant, horloge.getZone()).getYear();
        var numero = NumeroDeDemande.de(
                mairie.codeDepartement(), annee, depot.prochaineSequence(mairie.codeDepartement(), annee));
        var dossier = new Dossier(
                UUID.randomUUID(),
                numero,
                mairie.id(),
                mairie.codeDepartement(),
                StatutDossier.EN_COURS_DE_RECUEIL,
                origine,
                numeroPreDemande,
                declaration,
                declaration,
                maintenant,
                poste.agent().identifiant(),
                maintenant,
                poste.agent().identifiant(),
                maintenant,
                null,
                false,
                null,
                null,
                0);
        depot.creer(dossier);
        auditer(
                poste,
                ActionAuditee.CREATION_DOSSIER,
                numero,
                numeroPreDemande == null ? "formulaire papier" : "pré-demande " + numeroPreDemande);
        return dossier;
    }

    /** Le dossier tel que l'agent l'ouvre : il le « tient » (les autres le voient) ; la lecture est auditée. */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public DossierRecueilli consulter(AuPoste poste, NumeroDeDemande numero) {
        Dossier dossier = deLaMairie(poste, numero);
        if (dossier.statut().modifiable()) {
            depot.tenir(dossier.id(), poste.agent().identifiant(), horloge.instant());
        }
        auditer(poste, ActionAuditee.CONSULTATION_DOSSIER, numero, null);
        return depot.complet(dossier);
    }

    /** Le dossier et ses listes, sans audit : l'appelant consigne ce qu'il en fait (une impression). */
    DossierRecueilli complet(AuPoste poste, NumeroDeDemande numero) {
        return depot.complet(deLaMairie(poste, numero));
    }

    /** Le dossier sans audit ni tenue : pour composer une page après une modification déjà auditée. */
    Dossier deLaMairie(AuPoste poste, NumeroDeDemande numero) {
        Dossier dossier = depot.parNumero(numero).orElseThrow(DossierIntrouvable::new);
        if (!dossier.appartientA(poste.agent().mairie().id())) {
            auditer(poste, ActionAuditee.CONSULTATION_DOSSIER, numero, "refusée : dossier d'une autre mairie");
            throw new DossierDUneAutreMairie();
        }
        return dossier;
    }

    /**
     * Une section saisie ou corrigée avec les règles de l'usager. Pour une pré-demande, ce sont des corrections : la
     * déclaration reste, la déclaration retenue change, et chaque réponse changée est gardée (déclarée, corrigée, qui,
     * quand). Pour un formulaire papier, c'est ce que la personne a déclaré sur papier : les deux changent.
     */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public ResultatDeSaisie corriger(
            AuPoste poste, NumeroDeDemande numero, long version, Section section, Map<String, String[]> parametres) {
        Dossier dossier = deLaMairie(poste, numero);
        ResultatDeSaisie resultat = saisie.enregistrer(dossier.retenue(), section, parametres);
        if (resultat instanceof ResultatDeSaisie.Enregistree enregistree) {
            Instant maintenant = horloge.instant();
            Declaration nouvelle = enregistree.declaration();
            var corrections = new ArrayList<Correction>();
            for (var difference : saisie.differences(dossier.retenue(), nouvelle)) {
                corrections.add(new Correction(
                        difference.section(),
                        difference.champ(),
                        difference.libelle(),
                        difference.avant(),
                        difference.apres(),
                        poste.agent().identifiant(),
                        maintenant));
            }
            if (dossier.origine() == Origine.FORMULAIRE_PAPIER) {
                depot.saisirFormulairePapier(dossier.id(), version, nouvelle, maintenant);
            } else {
                depot.corriger(dossier.id(), version, nouvelle, corrections, maintenant);
            }
            for (Correction correction : corrections) {
                auditer(poste, ActionAuditee.CORRECTION, numero, correction.section() + "." + correction.champ());
            }
        }
        return resultat;
    }

    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public void controlerPiece(
            AuPoste poste,
            NumeroDeDemande numero,
            long version,
            PieceJustificative piece,
            boolean conforme,
            String motif) {
        Dossier dossier = deLaMairie(poste, numero);
        depot.controler(
                dossier.id(),
                version,
                new ControleDePiece(
                        piece, conforme, conforme ? null : motif, poste.agent().identifiant(), horloge.instant()));
        auditer(poste, ActionAuditee.CONTROLE_PIECE, numero, piece + (conforme ? " conforme" : " non conforme"));
    }

    /**
     * Un document numérisé : contrôlé (type lu dans le contenu, taille, pages), déposé dans le magasin de documents avec
     * son empreinte, puis référencé. Refusé, rien n'est gardé.
     */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public ControleDesNumerisations.Verdict numeriser(
            AuPoste poste,
            NumeroDeDemande numero,
            long version,
            ObjetNumerise objet,
            String nomFichier,
            byte[] contenu) {
        Dossier dossier = deLaMairie(poste, numero);
        var verdict = controleDesNumerisations.controler(contenu);
        if (verdict instanceof ControleDesNumerisations.Verdict.Accepte accepte) {
            var document = magasin.deposer("numerisations", contenu, accepte.typeMedia());
            depot.numeriser(
                    dossier.id(),
                    version,
                    new Numerisation(
                            UUID.randomUUID(),
                            objet,
                            nomFichier == null || nomFichier.isBlank() ? objet.code() : nomFichier.strip(),
                            document,
                            accepte.pages(),
                            poste.agent().identifiant(),
                            horloge.instant()));
            auditer(poste, ActionAuditee.DEPOT_PIECE, numero, objet.code() + ", " + accepte.pages() + " page(s)");
        }
        return verdict;
    }

    /** Le contenu d'un document numérisé du dossier (empreinte vérifiée) ; la lecture est auditée. */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public Optional<NumerisationLue> lireNumerisation(AuPoste poste, NumeroDeDemande numero, UUID id) {
        Dossier dossier = deLaMairie(poste, numero);
        var numerisation = depot.numerisations(dossier.id()).stream()
                .filter(n -> n.id().equals(id))
                .findFirst();
        numerisation.ifPresent(n -> auditer(
                poste, ActionAuditee.TELECHARGEMENT_PIECE, numero, n.objet().code()));
        return numerisation.map(n -> new NumerisationLue(n, magasin.lire(n.document())));
    }

    record NumerisationLue(Numerisation numerisation, byte[] contenu) {}

    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public void releverEmpreintes(
            AuPoste poste, NumeroDeDemande numero, long version, ReleveDesEmpreintes releve, String motif) {
        Dossier dossier = deLaMairie(poste, numero);
        depot.releverEmpreintes(
                dossier.id(),
                version,
                new Empreintes(
                        releve,
                        releve == ReleveDesEmpreintes.PRISES ? null : motif,
                        poste.agent().identifiant(),
                        horloge.instant()));
        auditer(poste, ActionAuditee.ETAPE_DU_RECUEIL, numero, "empreintes : " + releve);
    }

    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public void verifierPhoto(AuPoste poste, NumeroDeDemande numero, long version, boolean verifiee) {
        Dossier dossier = deLaMairie(poste, numero);
        depot.verifierPhoto(dossier.id(), version, verifiee, horloge.instant());
        auditer(poste, ActionAuditee.ETAPE_DU_RECUEIL, numero, "photo vérifiée : " + verifiee);
    }

    /** Faux si ce timbre a déjà servi (ici ou dans un autre dossier). */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public boolean ajouterTimbre(
            AuPoste poste, NumeroDeDemande numero, long version, String numeroDuTimbre, Montant montant) {
        Dossier dossier = deLaMairie(poste, numero);
        boolean ajoute = depot.ajouterTimbre(
                dossier.id(),
                version,
                new TimbreFiscal(numeroDuTimbre, montant, poste.agent().identifiant(), horloge.instant()));
        auditer(poste, ActionAuditee.ETAPE_DU_RECUEIL, numero, ajoute ? "timbre fiscal ajouté" : "timbre déjà utilisé");
        return ajoute;
    }

    /** Les pièces et le montant dus d'après la déclaration retenue, l'âge compté le jour du dépôt. */
    Optional<ListeDesJustificatifs> justificatifs(DossierRecueilli dossier) {
        LocalDate jour = LocalDate.ofInstant(horloge.instant(), horloge.getZone());
        return dossier.retenue().situation(jour).filter(Situation::majeur).map(ReglesDesJustificatifs::pour);
    }

    /** Ce qui manque pour transmettre, en codes de message ; vide quand le dossier peut partir. */
    List<String> manques(DossierRecueilli dossier) {
        var manques = new ArrayList<String>();
        if (!saisie.problemes(dossier.retenue()).isEmpty()) {
            manques.add("recueil.manque.declaration");
        }
        var liste = justificatifs(dossier);
        if (liste.isPresent()) {
            for (PieceJustificative piece : liste.get().pieces()) {
                boolean controlee = dossier.controles().stream().anyMatch(c -> c.piece() == piece);
                if (piece != PieceJustificative.NUMERO_PREDEMANDE && !controlee) {
                    manques.add("recueil.manque.controle");
                    break;
                }
            }
        }
        if (dossier.empreintes() == null) {
            manques.add("recueil.manque.empreintes");
        }
        boolean recepisseSigne =
                dossier.numerisations().stream().anyMatch(n -> n.objet().document() == DocumentDuDepot.RECEPISSE_SIGNE);
        if (!recepisseSigne) {
            manques.add("recueil.manque.recepisse-signe");
        }
        return manques;
    }

    /**
     * Le dossier part à l'instruction : la pré-demande devient utilisée (rappelée, par cette mairie et ce numéro), la
     * personne est prévenue par courriel et SMS (outbox). Un second clic trouve le dossier déjà transmis : rien de plus.
     */
    @Transactional(noRollbackFor = DossierDUneAutreMairie.class)
    public void transmettre(AuPoste poste, NumeroDeDemande numero, long version) {
        Dossier dossier = deLaMairie(poste, numero);
        if (dossier.statut() == StatutDossier.TRANSMIS) {
            return;
        }
        var complet = depot.complet(dossier);
        var manques = manques(complet);
        if (!manques.isEmpty()) {
            throw new TransmissionIncomplete(manques);
        }
        if (dossier.version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Le dossier a changé entre-temps");
        }
        Instant maintenant = horloge.instant();
        depot.transmettre(dossier, dossier.transmis(poste.agent().identifiant(), maintenant));
        if (dossier.numeroPreDemande() != null) {
            preDemandes.rappeler(
                    dossier.numeroPreDemande(),
                    new Rappel(poste.agent().mairie().nom(), numero.valeur()));
        }
        var contact = dossier.retenue().contact();
        evenements.publishEvent(new DossierTransmis(
                dossier.id(),
                numero,
                dossier.codeDepartement(),
                poste.agent().mairie().nom(),
                String.join(", ", dossier.retenue().etatCivil().prenoms()),
                contact.courriel(),
                contact.telephone(),
                maintenant));
        auditer(poste, ActionAuditee.TRANSMISSION, numero, "département " + dossier.codeDepartement());
    }

    List<fr.predemande.demande.SectionAffichee> sections(DossierRecueilli dossier) {
        return saisie.sections(dossier.retenue());
    }

    List<fr.predemande.demande.SaisieAuGuichet.ProblemeDeSaisie> problemes(DossierRecueilli dossier) {
        return saisie.problemes(dossier.retenue());
    }

    /** Moins de 12 ans le jour du dépôt (DOMAIN §6.3 : pas d'empreintes). */
    boolean moinsDe12Ans(AuPoste poste, NumeroDeDemande numero) {
        var naissance = deLaMairie(poste, numero).retenue().etatCivil().dateNaissance();
        return naissance != null
                && java.time.Period.between(naissance, LocalDate.ofInstant(horloge.instant(), horloge.getZone()))
                                .getYears()
                        < 12;
    }

    List<Dossier> enCours(AuPoste poste) {
        return depot.enCours(poste.agent().mairie().id(), 50);
    }

    private void auditer(AuPoste poste, ActionAuditee action, NumeroDeDemande numero, String detail) {
        journal.consigner(new EntreeDAudit(
                poste.acteur(), action, numero == null ? null : numero.valeur(), detail, poste.adresse()));
    }
}
