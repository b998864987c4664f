<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AllegationForm</name>
    <message>
        <source>What the person said</source>
        <translation>Ce que la personne a déclaré</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation>&amp;Témoins</translation>
    </message>
    <message>
        <source>In&amp;juries</source>
        <translation>&amp;Lésions</translation>
    </message>
    <message>
        <source>Visible injuries</source>
        <translation>Lésions visibles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Officials involved</source>
        <translation>Agents mis en cause</translation>
    </message>
    <message>
        <source>Part of a pattern</source>
        <translation>Fait partie d’une pratique</translation>
    </message>
    <message>
        <source>The case looks part of a pattern rather than isolated</source>
        <translation>Le cas semble relever d’une pratique plutôt que d’un fait isolé</translation>
    </message>
    <message>
        <source>Consent to trans&amp;mit</source>
        <translation>Consentement à la trans&amp;mission</translation>
    </message>
    <message>
        <source>The person authorises the delegation to pass this allegation to the authorities. Needs the interview&apos;s consent scope “transmit”.</source>
        <translation>La personne autorise la délégation à transmettre cette allégation aux autorités. Le consentement donné lors de l’entretien doit permettre la « transmission ».</translation>
    </message>
    <message>
        <source>The form of ill-treatment alleged</source>
        <translation>La forme de mauvais traitements alléguée</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Occ&amp;urred on</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>E&amp;xamined by the delegation&apos;s doctor</source>
        <translation>Examinée par le médecin de la délégation</translation>
    </message>
    <message>
        <source>Consistenc&amp;y</source>
        <translation>Compati&amp;bilité</translation>
    </message>
    <message>
        <source>Where in the chain of custody it happened</source>
        <translation>À quel stade de la privation de liberté les faits ont eu lieu</translation>
    </message>
    <message>
        <source>No opinion</source>
        <translation>Pas d’avis</translation>
    </message>
    <message>
        <source>The doctor&apos;s opinion on the Istanbul Protocol scale: are the findings consistent with the allegation? Needs a medical examination.</source>
        <translation>L’avis du médecin selon l’échelle du Protocole d’Istanbul : les constatations médicales sont-elles compatibles avec l’allégation ? Suppose un examen médical.</translation>
    </message>
</context>
<context>
    <name>AllegationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Form of ill-treatment alleged</source>
        <translation>Forme de mauvais traitements alléguée</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who is alleged to have done it</source>
        <translation>Qui en serait l’auteur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Where in the chain of custody it happened</source>
        <translation>À quel stade de la privation de liberté les faits ont eu lieu</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Date of the alleged ill-treatment</source>
        <translation>Date des mauvais traitements allégués</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Examinée</translation>
    </message>
    <message>
        <source>Examined by the delegation&apos;s doctor</source>
        <translation>Examinée par le médecin de la délégation</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <source>The doctor&apos;s opinion on the Istanbul Protocol scale</source>
        <translation>L’avis du médecin selon l’échelle du Protocole d’Istanbul</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>The person consents to the allegation being passed to the authorities</source>
        <translation>La personne consent à ce que l’allégation soit transmise aux autorités</translation>
    </message>
</context>
<context>
    <name>AllegationsPanel</name>
    <message>
        <source>Add allegation</source>
        <translation>Ajouter une allégation</translation>
    </message>
    <message>
        <source>Record a new allegation made in this interview (Ins)</source>
        <translation>Consigner une nouvelle allégation formulée lors de cet entretien (Inser)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected allegation (Del); undoable</source>
        <translation>Supprimer l’allégation sélectionnée (Suppr) ; annulable</translation>
    </message>
    <message>
        <source>&amp;Allegations</source>
        <translation>Allé&amp;gations</translation>
    </message>
    <message>
        <source>Delete allegation</source>
        <translation>Supprimer l’allégation</translation>
    </message>
    <message>
        <source>Delete the allegation “{0}”? You can undo this.</source>
        <translation>Supprimer l’allégation « {0} » ? Vous pourrez annuler.</translation>
    </message>
</context>
<context>
    <name>AnnualParagraph</name>
    <message>
        <source>During its official visits in {0}, the Subcommittee conducted {1} with {2}{3}. It visited {4}.</source>
        <translation>Au cours de ses visites officielles en {0}, le Sous-Comité a mené {1} avec {2}{3}. Il a visité {4}.</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
    <message numerus="yes">
        <source>%n individual or collective interview(s)</source>
        <translation>
            <numerusform>%n entretien individuel ou collectif</numerusform>
            <numerusform>%n entretiens individuels ou collectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of whom %n person(s) deprived of their liberty</source>
        <translation>
            <numerusform>, dont %n personne privée de liberté</numerusform>
            <numerusform>, dont %n personnes privées de liberté</numerusform>
        </translation>
    </message>
    <message>
        <source> deprived of their liberty</source>
        <translation> privées de liberté</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n prison</numerusform>
            <numerusform>%n prisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police station(s)</source>
        <translation>
            <numerusform>%n poste de police</numerusform>
            <numerusform>%n postes de police</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juvenile detention centre(s)</source>
        <translation>
            <numerusform>%n centre de détention pour mineurs</numerusform>
            <numerusform>%n centres de détention pour mineurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n psychiatric or health-care institution(s)</source>
        <translation>
            <numerusform>%n établissement psychiatrique ou de santé</numerusform>
            <numerusform>%n établissements psychiatriques ou de santé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed migrant centre(s)</source>
        <translation>
            <numerusform>%n centre fermé pour migrants</numerusform>
            <numerusform>%n centres fermés pour migrants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other place(s)</source>
        <translation>
            <numerusform>%n autre lieu</numerusform>
            <numerusform>%n autres lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
    </message>
    <message>
        <source>Original kept, with its metadata</source>
        <translation>Original conservé, avec ses métadonnées</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Aucune trouvée</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Ajouté (UTC)</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Métadonnées retirées</translation>
    </message>
    <message>
        <source>{0}: F2 edits the caption, Enter opens it</source>
        <extracomment>A caption the rules refused, with the message for the user.</extracomment>
        <translation>{0} : F2 modifie la légende, Entrée l’ouvre</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- zoom, Ctrl+R rotates</source>
        <translation>Ctrl++ et Ctrl+- zooment, Ctrl+R fait pivoter</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Faire pivoter</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}</source>
        <translation>{0}, {1}, {2}</translation>
    </message>
    <message>
        <source>Added by {0} on {1} (UTC); consent: {2}</source>
        <translation>Ajouté par {0} le {1} (UTC) ; consentement : {2}</translation>
    </message>
    <message>
        <source>Metadata removed: {0}</source>
        <translation>Métadonnées retirées : {0}</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation>Ce type de fichier ne peut pas être affiché ici.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone using this computer can open it, and the program you open it with may keep copies of its own. Delete it when you are done.

Save a copy of {0}?</source>
        <translation>La copie ne sera pas chiffrée : toute personne utilisant cet ordinateur pourra l’ouvrir, et le programme avec lequel vous l’ouvrez peut en garder ses propres copies. Supprimez-la quand vous aurez terminé.

Enregistrer une copie de {0} ?</translation>
    </message>
    <message>
        <source>{0} cannot be written: {1}</source>
        <translation>Impossible d’écrire {0} : {1}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>In the internal notes</source>
        <translation>Dans les notes internes</translation>
    </message>
    <message>
        <source>Print this photograph with its caption in the delegation&apos;s internal notes (never in a report; left out if its consent forbids any use)</source>
        <translation>Imprimer cette photographie avec sa légende dans les notes internes de la délégation (jamais dans un rapport ; omise si le consentement interdit tout usage)</translation>
    </message>
    <message>
        <source>Keep the next file&apos;s original metadata</source>
        <translation>Conserver les métadonnées d’origine du prochain fichier</translation>
    </message>
    <message>
        <source>Store the next file as it is, with its GPS position, camera serial or author: recorded in its history</source>
        <translation>Enregistrer le prochain fichier tel quel, avec sa position GPS, le numéro de série de l’appareil ou son auteur : consigné dans son historique</translation>
    </message>
    <message>
        <source>Files of</source>
        <translation>Fichiers de</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <source>Ins adds a file, Ctrl+V pastes, Enter opens, F2 edits the caption, Del removes</source>
        <translation>Inser ajoute un fichier, Ctrl+V colle, Entrée ouvre, F2 modifie la légende, Suppr retire</translation>
    </message>
    <message>
        <source>Show or hide the photos and documents</source>
        <translation>Afficher ou masquer les photos et documents</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Attach a photo or document (Ins)</source>
        <translation>Joindre une photo ou un document (Inser)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Attach the copied picture or files (Ctrl+V)</source>
        <translation>Joindre l’image ou les fichiers copiés (Ctrl+V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the selected file (Enter)</source>
        <translation>Afficher le fichier sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Write the file outside the database to open it elsewhere (Ctrl+Shift+E)</source>
        <translation>Écrire le fichier hors de la base de données pour l’ouvrir ailleurs (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Delete the selected file for good (Del)</source>
        <translation>Supprimer définitivement le fichier sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Consent for this file</source>
        <translation>Consentement pour ce fichier</translation>
    </message>
    <message>
        <source>Photos and documents ({0})</source>
        <translation>Photos et documents ({0})</translation>
    </message>
    <message>
        <source>Space or Enter shows or hides the list of photos and documents</source>
        <translation>Espace ou Entrée affiche ou masque la liste des photos et documents</translation>
    </message>
    <message>
        <source>This interview</source>
        <translation>Cet entretien</translation>
    </message>
    <message>
        <source>Allegation {0}: {1}</source>
        <translation>Allégation {0} : {1}</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Joindre des photos ou des documents</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx)</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>Impossible de lire {0} : {1}</translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation>L’image collée</translation>
    </message>
    <message>
        <source>Pasted picture.png</source>
        <translation>Image collée.png</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no file to attach.</source>
        <translation>Le presse-papiers ne contient ni image ni fichier à joindre.</translation>
    </message>
    <message>
        <source>Attaching {0}…</source>
        <translation>Ajout de {0}…</translation>
    </message>
    <message>
        <source>{0} was not attached: {1}</source>
        <translation>{0} n’a pas été joint : {1}</translation>
    </message>
    <message>
        <source>{0} is {1} MB: the largest file allowed is {2} MB (change it in Settings).</source>
        <translation>{0} fait {1} Mo : le plus grand fichier autorisé fait {2} Mo (modifiable dans les Paramètres).</translation>
    </message>
    <message>
        <source>kept as it was, with its metadata</source>
        <translation>conservé tel quel, avec ses métadonnées</translation>
    </message>
    <message>
        <source>removed {0}</source>
        <translation>retiré : {0}</translation>
    </message>
    <message>
        <source>no metadata to remove</source>
        <translation>aucune métadonnée à retirer</translation>
    </message>
    <message>
        <source>{0} attached: {1}.</source>
        <translation>{0} joint : {1}.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Delete {0} from this database for good? It cannot be undone or restored.</source>
        <translation>Supprimer définitivement {0} de cette base de données ? Ce ne peut être ni annulé ni restauré.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the database is in use by another SPT Field window or command; your edit is kept here and saved as soon as the database is free</source>
        <extracomment>While another window or command holds the database, the edit is tried again this often. A save was refused: the field name (&quot;&quot; if none) and the message for the user. How a refusal reads for the user (a form gives it its labels).</extracomment>
        <translation>la base de données est utilisée par une autre fenêtre ou commande SPT Field ; votre modification est conservée ici et sera enregistrée dès que la base de données sera libre</translation>
    </message>
</context>
<context>
    <name>BackgroundJobs</name>
    <message>
        <source>SPT Field</source>
        <extracomment>How long a job may run before its progress dialog appears (a quick one shows none).</extracomment>
        <translation>SPT Field</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>This backup does not open with this passphrase, or it is damaged</source>
        <translation>Cette sauvegarde ne s’ouvre pas avec cette phrase secrète, ou elle est endommagée</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} Mo</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The database {0} and its backups are encrypted again with the new passphrase; afterwards the current one opens none of them. Without the new passphrase nobody, you included, can read them: keep it safe.</source>
        <translation>La base de données {0} et ses sauvegardes sont chiffrées de nouveau avec la nouvelle phrase secrète ; l’actuelle n’en ouvrira plus aucune. Sans la nouvelle phrase secrète, personne, pas même vous, ne peut les lire : conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase secrète &amp;actuelle</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one</source>
        <translation>la nouvelle phrase secrète est identique à l’actuelle</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Try again.</source>
        <translation>La phrase secrète actuelle est erronée. Réessayez.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique comme image PNG</translation>
    </message>
</context>
<context>
    <name>ConflictMarks</name>
    <message>
        <source>Conflicting edits from two laptops: resolve in Conflicts</source>
        <translation>Modifications contradictoires venant de deux ordinateurs : à résoudre dans Conflits</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Deleted on one laptop, edited on another</source>
        <extracomment>The pseudo-field of a deletion on one laptop against an edit on another. The prefix of a report narrative&apos;s field (&quot;narrative.&lt;section&gt;&quot;; its title names the section). Field labels per kind of record, as the record&apos;s form names them.</extracomment>
        <translation>Supprimé sur un ordinateur, modifié sur un autre</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texte du rapport</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept (and edited)</source>
        <translation>Conservé (et modifié)</translation>
    </message>
    <message>
        <source>unnamed member</source>
        <translation>membre non nommé</translation>
    </message>
    <message>
        <source>{0}, laptop {1}, {2}</source>
        <translation>{0}, ordinateur {1}, {2}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Keep the &amp;merged text</source>
        <extracomment>A conflict was resolved: markers and counts elsewhere refresh.</extracomment>
        <translation>Conserver le texte &amp;fusionné</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>Or merge the texts</source>
        <translation>Ou fusionner les textes</translation>
    </message>
    <message>
        <source>Both versions are below, one after the other: edit them into one text.</source>
        <translation>Les deux versions figurent ci-dessous, l’une après l’autre : faites-en un seul texte.</translation>
    </message>
    <message>
        <source>Two laptops changed the same field differently since they last exchanged bundles: pick the version to keep.</source>
        <translation>Deux ordinateurs ont modifié différemment un même champ depuis leur dernier échange de paquets : choisissez la version à conserver.</translation>
    </message>
    <message>
        <source>1 conflict to resolve. {0}</source>
        <translation>1 conflit à résoudre. {0}</translation>
    </message>
    <message>
        <source>{0} conflicts to resolve. {1}</source>
        <translation>{0} conflits à résoudre. {1}</translation>
    </message>
    <message>
        <source>No open conflicts: every laptop&apos;s edits agree.</source>
        <translation>Aucun conflit ouvert : les modifications de tous les ordinateurs concordent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>Keep “{0}” as {1} of {2}? The other versions are dropped on every laptop once your next bundle reaches them. This cannot be undone with Undo; you can still edit the record afterwards.</source>
        <translation>Conserver « {0} » comme {1} de {2} ? Les autres versions seront abandonnées sur chaque ordinateur dès que votre prochain paquet leur parviendra. Annuler ne peut pas revenir là-dessus ; vous pourrez toujours modifier l’enregistrement ensuite.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Connection &amp;profiles</source>
        <translation>&amp;Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>No connection yet: Add one with the URL your headquarters gave you.</source>
        <translation>Aucune connexion pour l’instant : ajoutez-en une avec l’URL que votre siège vous a communiquée.</translation>
    </message>
</context>
<context>
    <name>CountryProfileDialog</name>
    <message>
        <source>Country profile: {0}</source>
        <translation>Profil du pays : {0}</translation>
    </message>
    <message>
        <source>as the report names it: the Office of …</source>
        <translation>tel que le rapport le nomme : le Bureau de …</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>Ajou&amp;ter une visite</translation>
    </message>
    <message>
        <source>Re&amp;move visit</source>
        <translation>&amp;Supprimer la visite</translation>
    </message>
    <message>
        <source>&amp;Convention ratified on</source>
        <translation>&amp;Convention ratifiée le</translation>
    </message>
    <message>
        <source>Optional &amp;Protocol ratified on</source>
        <translation>&amp;Protocole facultatif ratifié le</translation>
    </message>
    <message>
        <source>&amp;National preventive mechanism</source>
        <translation>Mécanisme &amp;national de prévention</translation>
    </message>
    <message>
        <source>Mechanism &amp;designated on</source>
        <translation>Mécanisme désigné &amp;le</translation>
    </message>
    <message>
        <source>Previous visits of the Subcommittee</source>
        <translation>Visites précédentes du Sous-Comité</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside SPT Field (a bug). Your saved work is safe.</source>
        <translation>Une erreur interne s’est produite dans SPT Field (un bogue). Votre travail enregistré est intact.</translation>
    </message>
    <message>
        <source>Details are in {0}</source>
        <translation>Détails dans {0}</translation>
    </message>
    <message>
        <source>SPT Field</source>
        <translation>SPT Field</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>The year whose visits are counted (by start date)</source>
        <extracomment>Which replies are overdue depends on the day; tests set another clock.</extracomment>
        <translation>L’année dont les visites sont comptées (selon leur date de début)</translation>
    </message>
    <message>
        <source>Copy &amp;paragraph</source>
        <translation>Copier le &amp;paragraphe</translation>
    </message>
    <message>
        <source>Copy the paragraph for the annual report</source>
        <translation>Copier le paragraphe destiné au rapport annuel</translation>
    </message>
    <message>
        <source>Copy &amp;all figures as text</source>
        <translation>Copier &amp;tous les chiffres en texte</translation>
    </message>
    <message>
        <source>Copy every figure as lines of text</source>
        <translation>Copier tous les chiffres sous forme de lignes de texte</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Visits conducted and postponed</source>
        <translation>Visites effectuées et reportées</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Type or reason</source>
        <translation>Type ou motif</translation>
    </message>
    <message>
        <source>Places visited by group</source>
        <translation>Lieux visités par catégorie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Places visited by type</source>
        <translation>Lieux visités par type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Interviews by category of interviewee</source>
        <translation>Entretiens par catégorie de personne interrogée</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Interviews by kind</source>
        <translation>Entretiens par nature</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Recommendations by status</source>
        <translation>Recommandations par état de mise en œuvre</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Reprisal cases by status</source>
        <translation>Cas de représailles par statut</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Overdue recommendations by kind of authority</source>
        <translation>Recommandations en retard par type d’autorité</translation>
    </message>
    <message>
        <source>Kind of authority</source>
        <translation>Type d’autorité</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Recommendations by status, per visit</source>
        <translation>Recommandations par état, par visite</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>For the annual report</source>
        <translation>Pour le rapport annuel</translation>
    </message>
    <message>
        <source>No figures: {0}</source>
        <translation>Aucun chiffre : {0}</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Visits conducted: {0} · Interviews: {1} with {2} persons · Places visited: {3} · Replies overdue: {4}</source>
        <translation>Visites effectuées : {0} · Entretiens : {1} avec {2} personnes · Lieux visités : {3} · Réponses en retard : {4}</translation>
    </message>
    <message>
        <source>{0}, from {1}</source>
        <translation>{0}, à partir du {1}</translation>
    </message>
    <message>
        <source>Overdue recommendations by kind of authority, all visits (as of {0})</source>
        <translation>Recommandations en retard par type d’autorité, toutes visites (au {0})</translation>
    </message>
    <message>
        <source>Conducted (completed or in progress)</source>
        <translation>Effectuées (achevées ou en cours)</translation>
    </message>
    <message>
        <source>Conducted</source>
        <translation>Effectuées</translation>
    </message>
    <message>
        <source>Transmitted to the State party</source>
        <translation>Transmis à l’État partie</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>Réponses reçues</translation>
    </message>
    <message>
        <source>Replies overdue (as of {0})</source>
        <translation>Réponses en retard (au {0})</translation>
    </message>
    <message>
        <source>Replies not yet due</source>
        <translation>Réponses non encore attendues</translation>
    </message>
    <message>
        <source>Publication requested by the State party</source>
        <translation>Publication demandée par l’État partie</translation>
    </message>
    <message>
        <source>Publication requested by the NPM</source>
        <translation>Publication demandée par le MNP</translation>
    </message>
    <message>
        <source>Published (with a public symbol)</source>
        <translation>Publiés (avec une cote publique)</translation>
    </message>
    <message>
        <source>all visits, as of {0}</source>
        <translation>toutes les visites, au {0}</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Enregistrer le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save table as XLSX</source>
        <translation>Enregistrer le tableau en XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {0}</source>
        <translation>Impossible d’enregistrer {0}</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Passphrase for {0}</source>
        <translation>Phrase secrète de {0}</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Créer une base de données</translation>
    </message>
    <message>
        <source>Choose a passphrase for {0}. Without it nobody, you included, can read the database: keep it safe.</source>
        <translation>Choisissez une phrase secrète pour {0}. Sans elle, personne, pas même vous, ne peut lire la base de données : conservez-la en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Not for a database on a server: its backups, integrity and encryption are the server&apos;s, kept by its administrator</source>
        <extracomment>How many of a damaged database&apos;s problems the message lists (the log has them all).</extracomment>
        <translation>Pas pour une base de données sur un serveur : ses sauvegardes, son intégrité et son chiffrement relèvent du serveur, géré par son administrateur</translation>
    </message>
    <message>
        <source>… and {0} more (all are in the log)</source>
        <translation>… et {0} de plus (tous figurent dans le journal)</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>The database {0} is damaged: the integrity check found {1} problem(s). Work saved in it may be unreadable and new work may be lost.</source>
        <translation>La base de données {0} est endommagée : la vérification d’intégrité a relevé {1} problème(s). Le travail qui y est enregistré peut être illisible et le nouveau travail peut être perdu.</translation>
    </message>
    <message>
        <source>Restore the latest backup that is intact? The damaged file is kept beside the backups. Cancel closes the database and leaves it as it is.</source>
        <translation>Restaurer la dernière sauvegarde intacte ? Le fichier endommagé est conservé à côté des sauvegardes. Annuler ferme la base de données et la laisse en l’état.</translation>
    </message>
    <message>
        <source>&amp;Restore latest good backup…</source>
        <translation>&amp;Restaurer la dernière sauvegarde intacte…</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>Restaurer la dernière sauvegarde intacte</translation>
    </message>
    <message>
        <source>Passphrase of {0}, to check its backups and restore one</source>
        <translation>Phrase secrète de {0}, pour vérifier ses sauvegardes et en restaurer une</translation>
    </message>
    <message>
        <source>Looking for the latest intact backup of {0}…</source>
        <translation>Recherche de la dernière sauvegarde intacte de {0}…</translation>
    </message>
    <message>
        <source>No intact backup of {0} was found: the damaged file was left as it is.</source>
        <translation>Aucune sauvegarde intacte de {0} n’a été trouvée : le fichier endommagé a été laissé en l’état.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of {0}, to list its backups</source>
        <translation>Phrase secrète de {0}, pour lister ses sauvegardes</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>Restauration de {0}…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of the backup {0}; it is restored as {1}</source>
        <translation>Phrase secrète de la sauvegarde {0} ; elle est restaurée sous {1}</translation>
    </message>
    <message>
        <source>Restored {0} from the backup {1}</source>
        <translation>{0} restaurée depuis la sauvegarde {1}</translation>
    </message>
    <message>
        <source>Restored from the backup of {0}; the state before it is kept as a backup</source>
        <translation>Restauré à partir de la sauvegarde du {0} ; l’état antérieur est conservé comme sauvegarde</translation>
    </message>
    <message>
        <source>Re-encrypting {0}…</source>
        <translation>Rechiffrement de {0}…</translation>
    </message>
    <message>
        <source>Re-encrypting the backups of {0}…</source>
        <translation>Rechiffrement des sauvegardes de {0}…</translation>
    </message>
    <message>
        <source>Passphrase changed; the backups open with the new one only</source>
        <translation>Phrase secrète changée ; les sauvegardes ne s’ouvrent plus qu’avec la nouvelle</translation>
    </message>
    <message>
        <source>Passphrase changed. {0} backup(s) could not be re-encrypted (damaged, or under another passphrase) and were left as they were: {1}</source>
        <translation>Phrase secrète changée. {0} sauvegarde(s) n’ont pas pu être rechiffrées (endommagées, ou sous une autre phrase secrète) et ont été laissées en l’état : {1}</translation>
    </message>
    <message>
        <source>Backups: the server&apos;s</source>
        <translation>Sauvegardes : celles du serveur</translation>
    </message>
    <message>
        <source>Backed up {0}</source>
        <translation>Sauvegardé à {0}</translation>
    </message>
    <message>
        <source>Latest automatic backup: {0}</source>
        <translation>Dernière sauvegarde automatique : {0}</translation>
    </message>
    <message>
        <source>✖ Backup failed</source>
        <translation>✖ Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Échec de la sauvegarde : {0}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-03 or {0}; Alt+Down opens a calendar</source>
        <translation>Tapez la date sous la forme 2026-12-03 ou {0} ; Alt+Bas ouvre un calendrier</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type YYYY-MM-DD</source>
        <translation>« {0} » n’est pas une date : tapez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>une date est requise</translation>
    </message>
</context>
<context>
    <name>DelegationPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>The report&apos;s roles agree with it (&quot;la cheffe de la délégation&quot;); not recorded keeps the wording that names no gender</source>
        <translation>Les fonctions dans le rapport s’accordent avec lui (« la cheffe de la délégation ») ; « Non consigné » garde la formulation qui ne désigne aucun genre</translation>
    </message>
    <message>
        <source>Delegation &amp;members</source>
        <translation>&amp;Membres de la délégation</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>A&amp;jouter un membre</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>&amp;Supprimer le membre</translation>
    </message>
    <message>
        <source>Add a member to the delegation</source>
        <translation>Ajouter un membre à la délégation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Protocol rank</source>
        <translation>Rang protocolaire</translation>
    </message>
    <message>
        <source>Order of annex I in the category: 1 for the head of State or government, then the ministers as the State&apos;s protocol lists their ministries; the persons without a rank follow</source>
        <translation>Ordre de l’annexe I dans la catégorie : 1 pour le chef de l’État ou du gouvernement, puis les ministres dans l’ordre où le protocole de l’État range leurs ministères ; les personnes sans rang suivent</translation>
    </message>
    <message>
        <source>Perso&amp;ns met</source>
        <translation>Perso&amp;nnes rencontrées</translation>
    </message>
    <message>
        <source>Add &amp;person met</source>
        <translation>Ajouter une &amp;personne rencontrée</translation>
    </message>
    <message>
        <source>De&amp;lete person met</source>
        <translation>Supprimer la personne &amp;rencontrée</translation>
    </message>
    <message>
        <source>Add an official or other person the delegation met</source>
        <translation>Ajouter un responsable ou une autre personne rencontrée par la délégation</translation>
    </message>
    <message>
        <source>Delete the selected row (can be undone)</source>
        <translation>Supprimer la ligne sélectionnée (annulable)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Could not add: {0}</source>
        <translation>Ajout impossible : {0}</translation>
    </message>
    <message>
        <source>Could not delete: {0}</source>
        <translation>Suppression impossible : {0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this with Undo.</source>
        <translation>Supprimer {0} ? Vous pourrez annuler avec Annuler.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>EarlierVisitsPage</name>
    <message>
        <source>Place / earlier visit</source>
        <translation>Lieu / visite précédente</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Findings of earlier visits at a place of the same name and region</source>
        <translation>Constatations de visites précédentes dans un lieu de même nom et de même région</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits</source>
        <translation>Recommandations de visites précédentes</translation>
    </message>
    <message>
        <source>Findings of earlier visits</source>
        <translation>Constatations des visites précédentes</translation>
    </message>
    <message>
        <source>Recommendations made at the places of this visit</source>
        <translation>Recommandations formulées pour les lieux de cette visite</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What earlier visits recommended on their findings at a place of the same name and region; choose one to record how it stands</source>
        <translation>Ce que les visites antérieures ont recommandé sur leurs constatations dans un lieu de même nom et de même région ; choisissez-en une pour consigner où elle en est</translation>
    </message>
    <message>
        <source>Asked before at the places of this follow-up visit</source>
        <translation>Déjà demandé pour les lieux de cette visite de suivi</translation>
    </message>
    <message>
        <source>Earlier findings at the places of this visit</source>
        <translation>Constatations antérieures dans les lieux de cette visite</translation>
    </message>
    <message>
        <source>Nothing to show: {0}</source>
        <translation>Rien à afficher : {0}</translation>
    </message>
    <message>
        <source>Earlier visits to {0}: {1} recommendations of {2} visits to check.</source>
        <translation>Visites précédentes — {0} : {1} recommandations issues de {2} visites, à vérifier.</translation>
    </message>
    <message>
        <source>No recommendations of earlier visits to {0}.</source>
        <translation>Visites précédentes — {0} : aucune recommandation.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>Earlier findings: {0}</source>
        <translation>Constatations antérieures : {0}</translation>
    </message>
    <message>
        <source>No earlier findings</source>
        <translation>Aucune constatation antérieure</translation>
    </message>
    <message>
        <source>{0} (immediate observation)</source>
        <translation>{0} (observation immédiate)</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>{0}, {1} to {2}</source>
        <translation>{0}, du {1} au {2}</translation>
    </message>
    <message>
        <source>Optional: headquarters, a colleague&apos;s name…</source>
        <translation>Facultatif : le siège, le nom d’un collègue…</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle to this recipient</source>
        <translation>Uniquement ce qui a changé depuis le dernier paquet envoyé à ce destinataire</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visite</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>Dest&amp;inataire</translation>
    </message>
    <message>
        <source>A bundle carries the visit&apos;s records to another laptop or to headquarters, where they are merged with the records there.</source>
        <translation>Un paquet transporte les enregistrements de la visite vers un autre ordinateur ou vers le siège, où ils sont fusionnés avec les enregistrements qui s’y trouvent.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>there is no visit to export</source>
        <translation>il n’y a aucune visite à exporter</translation>
    </message>
    <message>
        <source>Field bundles (*.sptbundle)</source>
        <translation>Paquets de terrain (*.sptbundle)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Assembling the report</source>
        <extracomment>The steps report_bytes reports progress with, marked so that lupdate offers them to translate.</extracomment>
        <translation>Assemblage du rapport</translation>
    </message>
    <message>
        <source>Typesetting</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Checking the final text for names</source>
        <translation>Recherche de noms dans le texte final</translation>
    </message>
    <message>
        <source>Protecting with the password</source>
        <translation>Protection par le mot de passe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>an interviewee consented to no use</source>
        <extracomment>Why a record is withheld, as the drafter reads it.</extracomment>
        <translation>une personne interrogée n’a consenti à aucune utilisation</translation>
    </message>
    <message>
        <source>an interviewee allowed delegation use only</source>
        <translation>une personne interrogée n’a autorisé que l’usage interne à la délégation</translation>
    </message>
    <message>
        <source>an interviewee is at risk of reprisals</source>
        <translation>une personne interrogée risque des représailles</translation>
    </message>
    <message>
        <source>it answers only withheld findings</source>
        <translation>elle ne répond qu’à des constatations retenues</translation>
    </message>
    <message>
        <source>Export report draft</source>
        <extracomment>The user asked to resolve the visit&apos;s open conflicts (the Conflicts view).</extracomment>
        <translation>Exporter le projet de rapport</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>The State party</source>
        <translation>L’État partie</translation>
    </message>
    <message>
        <source>The national preventive mechanism</source>
        <translation>Le mécanisme national de prévention</translation>
    </message>
    <message>
        <source>The language of every generated text; narratives stay as they were typed</source>
        <translation>La langue de tous les textes générés ; les textes introductifs restent tels qu’ils ont été saisis</translation>
    </message>
    <message>
        <source>Where to write the .pdf or .docx file</source>
        <translation>Où écrire le fichier .pdf ou .docx</translation>
    </message>
    <message>
        <source>Optional: PDF (AES-256) or Word</source>
        <translation>Facultatif : PDF (AES-256) ou Word</translation>
    </message>
    <message>
        <source>Withheld from this report</source>
        <translation>Retenu dans ce rapport</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Withheld from this report, as no source of theirs may be used: %n</source>
        <translation>
            <numerusform>&amp;Retenus dans ce rapport, faute de source utilisable : %n</numerusform>
            <numerusform>&amp;Retenus dans ce rapport, faute de source utilisable : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation>Dest&amp;inataire</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Finding “{0}”: {1}</source>
        <translation>Constatation « {0} » : {1}</translation>
    </message>
    <message>
        <source>Recommendation “{0}”: {1}</source>
        <translation>Recommandation « {0} » : {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from field sync are open in this visit: the report shows only one version of each conflicting field. Resolve them first, or export anyway.</source>
        <translation>
            <numerusform>%n conflit de synchronisation est ouvert dans cette visite : le rapport ne montre qu’une version du champ en conflit. Résolvez-le d’abord, ou exportez quand même.</numerusform>
            <numerusform>%n conflits de synchronisation sont ouverts dans cette visite : le rapport ne montre qu’une version de chaque champ en conflit. Résolvez-les d’abord, ou exportez quand même.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>choose where to write the file</source>
        <translation>choisissez où écrire le fichier</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Écrit dans {0}</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Non exporté : {0}</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1 conflit à résoudre</translation>
    </message>
    <message>
        <source>{0} conflicts to resolve</source>
        <translation>{0} conflits à résoudre</translation>
    </message>
    <message>
        <source>Open the Conflicts view</source>
        <translation>Ouvrir la vue Conflits</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>There is no visit to export yet.</source>
        <translation>Il n’y a encore aucune visite à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {0}. Give the file to the recipient, and the delegation passphrase separately.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans {0}. Remettez le fichier au destinataire, et la phrase secrète de la délégation séparément.</numerusform>
            <numerusform>%n enregistrements écrits dans {0}. Remettez le fichier au destinataire, et la phrase secrète de la délégation séparément.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureBox</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this table to the clipboard, to paste into a spreadsheet or a text</source>
        <translation>Copier ce tableau dans le presse-papiers, pour le coller dans un tableur ou un texte</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>Enregistrer ce tableau dans un fichier CSV</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>Enregistrer en XLSX…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook</source>
        <translation>Enregistrer ce tableau comme classeur Excel</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <source>Raised on the spot as an i&amp;mmediate observation</source>
        <translation>Soulevée sur place comme observation i&amp;mmédiate</translation>
    </message>
    <message>
        <source>Ticked if the delegation raised this with the authorities during the visit</source>
        <translation>Cochée si la délégation l’a signalée aux autorités pendant la visite</translation>
    </message>
    <message>
        <source>The thematic area under which the report presents it</source>
        <translation>Le domaine thématique sous lequel le rapport la présente</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>D&amp;omaine</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>Cross-cutting (no single place)</source>
        <translation>Transversale (aucun lieu en particulier)</translation>
    </message>
    <message>
        <source>Where it was observed; cross-cutting if it concerns several places</source>
        <translation>Où elle a été observée ; transversale si elle concerne plusieurs lieux</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>One line, e.g. No register of the use of force</source>
        <translation>Une ligne, p. ex. Absence de registre du recours à la force</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>What the delegation observed, where and when</source>
        <translation>Ce que la délégation a observé, où et quand</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Tick the standards the report cites for this finding</source>
        <translation>Cochez les normes que le rapport cite pour cette constatation</translation>
    </message>
    <message>
        <source>Standards &amp;cited</source>
        <translation>&amp;Normes citées</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Pseudonym, place, category or consent</source>
        <translation>Pseudonyme, lieu, catégorie ou consentement</translation>
    </message>
    <message>
        <source>Show only the interviews matching every word</source>
        <translation>N’afficher que les entretiens contenant tous les mots</translation>
    </message>
    <message>
        <source>Tick the interviews this finding rests on. ⚠ in red: reprisal risk. Greyed: the consent does not allow citing it in the report.</source>
        <translation>Cochez les entretiens sur lesquels repose cette constatation. ⚠ en rouge : risque de représailles. En grisé : le consentement ne permet pas de le citer dans le rapport.</translation>
    </message>
    <message>
        <source>Tick the other sources this finding rests on</source>
        <translation>Cochez les autres sources sur lesquelles repose cette constatation</translation>
    </message>
    <message>
        <source>A finding is triangulated when two or more independent sources support it</source>
        <translation>Une constatation est triangulée lorsque deux sources indépendantes ou plus l’étayent</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>Other so&amp;urces</source>
        <translation>Autres so&amp;urces</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation>F&amp;iltrer</translation>
    </message>
    <message>
        <source>Evidence: {0} interviews + {1} other sources</source>
        <translation>Éléments de preuve : {0} entretiens + {1} autres sources</translation>
    </message>
</context>
<context>
    <name>FollowUpTracker</name>
    <message>
        <source>Visits whose reply is overdue are marked ⚠ and shown in red</source>
        <extracomment>Which replies are overdue depends on the day; tests set another clock.</extracomment>
        <translation>Les visites dont la réponse est en retard sont marquées ⚠ et affichées en rouge</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Show the visits to one country only</source>
        <translation>N’afficher que les visites dans un seul pays</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Show only recommendations with this status, and the visits that made them</source>
        <translation>N’afficher que les recommandations dans cet état, et les visites dont elles sont issues</translation>
    </message>
    <message>
        <source>Any addressee</source>
        <translation>Tout destinataire</translation>
    </message>
    <message>
        <source>Show only recommendations to this addressee</source>
        <translation>N’afficher que les recommandations adressées à ce destinataire</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>D&amp;estinataire :</translation>
    </message>
    <message>
        <source>Visits and their reports</source>
        <translation>Visites et leurs rapports</translation>
    </message>
    <message>
        <source>Recommendations of the selected visit</source>
        <translation>Recommandations de la visite sélectionnée</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Could not read the visits: {0}</source>
        <translation>Impossible de lire les visites : {0}</translation>
    </message>
    <message>
        <source>Visits: {0} · Replies overdue: {1}</source>
        <translation>Visites : {0} · Réponses en retard : {1}</translation>
    </message>
    <message>
        <source>Could not read the visit: {0}</source>
        <translation>Impossible de lire la visite : {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>FollowedRecommendationModel</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>Par.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State reply</source>
        <translation>Réponse de l’État</translation>
    </message>
    <message>
        <source>Visit of {0} to {1}</source>
        <extracomment>An edit was refused: the message for the user. An edit was saved.</extracomment>
        <translation>Visite du {0} au {1}</translation>
    </message>
    <message>
        <source>No reply recorded</source>
        <translation>Aucune réponse consignée</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the status</source>
        <translation>Double-cliquez ou appuyez sur F2 pour changer l’état</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {0}</source>
        <translation>Historique : {0}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Who made each change is the member set in Settings on the laptop that made it.</source>
        <translation>
            <numerusform>%n modification, la plus récente en premier. L’auteur de chaque modification est le membre indiqué dans les Paramètres de l’ordinateur qui l’a faite.</numerusform>
            <numerusform>%n modifications, les plus récentes en premier. L’auteur de chaque modification est le membre indiqué dans les Paramètres de l’ordinateur qui l’a faite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected change, in full</source>
        <translation>La modification choisie, en entier</translation>
    </message>
    <message>
        <source>Before (removed words struck through)</source>
        <translation>Avant (mots supprimés barrés)</translation>
    </message>
    <message>
        <source>After (added words underlined)</source>
        <translation>Après (mots ajoutés soulignés)</translation>
    </message>
    <message>
        <source>Removed words are marked [- -], added ones [+ +]: {0}</source>
        <translation>Les mots supprimés sont marqués [- -], les mots ajoutés [+ +] : {0}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Identity shown or exported</source>
        <translation>Identité affichée ou exportée</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importé d’un fichier</translation>
    </message>
    <message>
        <source>Report finalized</source>
        <translation>Rapport finalisé</translation>
    </message>
    <message>
        <source>Report draft reopened</source>
        <translation>Projet de rapport rouvert</translation>
    </message>
    <message>
        <source>Written to a file outside</source>
        <translation>Écrit dans un fichier extérieur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(recorded; not kept in the history)</source>
        <translation>(consigné ; non conservé dans l’historique)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Linked records: {0}</source>
        <translation>Enregistrements liés : {0}</translation>
    </message>
    <message>
        <source>unnamed member (laptop {0})</source>
        <translation>membre non nommé (ordinateur {0})</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Real name: kept apart, never in a report</source>
        <translation>Nom réel : conservé à part, jamais dans un rapport</translation>
    </message>
    <message>
        <source>The interviewee&apos;s real identity. Saved when you leave the field or hide it.</source>
        <translation>L’identité réelle de la personne interrogée. Enregistrée lorsque vous quittez le champ ou le masquez.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide the identity again</source>
        <translation>Masquer de nouveau l’identité</translation>
    </message>
    <message>
        <source>Identity recorded</source>
        <translation>Identité consignée</translation>
    </message>
    <message>
        <source>A real identity is recorded, kept apart from the notes</source>
        <translation>Une identité réelle est consignée, à part des notes</translation>
    </message>
    <message>
        <source>Show &amp;identity…</source>
        <translation>Afficher l’&amp;identité…</translation>
    </message>
    <message>
        <source>Reveal the recorded identity (asks first)</source>
        <translation>Révéler l’identité consignée (après confirmation)</translation>
    </message>
    <message>
        <source>No identity recorded</source>
        <translation>Aucune identité consignée</translation>
    </message>
    <message>
        <source>Only the pseudonym is known to the database</source>
        <translation>La base de données ne connaît que le pseudonyme</translation>
    </message>
    <message>
        <source>Record &amp;identity…</source>
        <translation>Consigner l’&amp;identité…</translation>
    </message>
    <message>
        <source>Record the interviewee&apos;s real identity</source>
        <translation>Consigner l’identité réelle de la personne interrogée</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are merged with this database&apos;s: where both changed the same field differently, both versions are kept as a conflict for you to resolve.</source>
        <translation>Les enregistrements du paquet sont fusionnés avec ceux de cette base de données : lorsque les deux ont modifié différemment un même champ, les deux versions sont conservées comme conflit, que vous résoudrez.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Field bundles (*.sptbundle)</source>
        <translation>Paquets de terrain (*.sptbundle)</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Fusion du paquet…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message numerus="yes">
        <source>The bundle was merged. %n field(s) were changed differently on the other laptop: both versions are kept until you choose.</source>
        <translation>
            <numerusform>Le paquet a été fusionné. %n champ a été modifié différemment sur l’autre ordinateur : les deux versions sont conservées jusqu’à ce que vous choisissiez.</numerusform>
            <numerusform>Le paquet a été fusionné. %n champs ont été modifiés différemment sur l’autre ordinateur : les deux versions sont conservées jusqu’à ce que vous choisissiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was merged without conflicts.</source>
        <translation>Le paquet a été fusionné sans conflit.</translation>
    </message>
    <message>
        <source>Nothing new: this database already held everything in the bundle.</source>
        <translation>Rien de nouveau : cette base de données contenait déjà tout le paquet.</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>un membre non nommé</translation>
    </message>
    <message>
        <source>From {0} (laptop {1}).</source>
        <translation>De {0} (ordinateur {1}).</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Résoudre les conflits…</translation>
    </message>
    <message>
        <source>Signing key of that laptop: {0}</source>
        <translation>Clé de signature de cet ordinateur : {0}</translation>
    </message>
    <message>
        <source>This is the first bundle from that laptop: its key is now remembered. Compare the key with the sender, in person or by phone; a later bundle from that laptop signed with another key will be refused.</source>
        <translation>C’est le premier lot reçu de cet ordinateur : sa clé est désormais mémorisée. Comparez la clé avec l’expéditeur, en personne ou par téléphone ; un lot ultérieur de cet ordinateur signé avec une autre clé sera refusé.</translation>
    </message>
</context>
<context>
    <name>InternalNotesDialog</name>
    <message>
        <source>Export internal visit notes</source>
        <translation>Exporter les notes internes de la visite</translation>
    </message>
    <message>
        <source>The internal notes hold every interview note and allegation, under pseudonyms, and mark the persons at risk of reprisals. They never leave the delegation and are always encrypted: choose a password and give it only to its members.</source>
        <translation>Les notes internes contiennent toutes les notes d’entretien et toutes les allégations, sous pseudonyme, et signalent les personnes exposées à des représailles. Elles ne quittent jamais la délégation et sont toujours chiffrées : choisissez un mot de passe et ne le communiquez qu’à ses membres.</translation>
    </message>
    <message>
        <source>Where to write the .pdf file</source>
        <translation>Où écrire le fichier .pdf</translation>
    </message>
    <message>
        <source>Required (AES-256)</source>
        <translation>Obligatoire (AES-256)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>choose where to write the file</source>
        <translation>choisissez où écrire le fichier</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Non exporté : {0}</translation>
    </message>
</context>
<context>
    <name>InterviewDetails</name>
    <message>
        <source>&amp;Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide date, time, interviewers and interviewee</source>
        <translation>Afficher ou masquer la date, l’heure, les enquêteurs et la personne interrogée</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <extracomment>The always visible line of the group; the form adds the identity panel at its end.</extracomment>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Interpre&amp;ter</source>
        <translation>Interprè&amp;te</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Type a country name or code; leave empty if unknown</source>
        <translation>Saisissez un nom ou un code de pays ; laissez vide si inconnu</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>Age &amp;bracket</source>
        <translation>&amp;Tranche d’âge</translation>
    </message>
    <message>
        <source>Legal stat&amp;us</source>
        <translation>Statut &amp;juridique</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>Nationa&amp;lité</translation>
    </message>
    <message>
        <source>Tick the delegation members who held the interview</source>
        <translation>Cochez les membres de la délégation qui ont mené l’entretien</translation>
    </message>
    <message>
        <source>Intervie&amp;wers</source>
        <translation>&amp;Enquêteurs</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>no interviewer ticked</source>
        <translation>aucun enquêteur coché</translation>
    </message>
    <message>
        <source>interpreter: {0}</source>
        <translation>interprète : {0}</translation>
    </message>
</context>
<context>
    <name>InterviewEvidence</name>
    <message>
        <source>Person {0}</source>
        <translation>Personne {0}</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable.</source>
        <translation>Risque de représailles : cette personne ne doit jamais pouvoir être identifiée.</translation>
    </message>
    <message>
        <source>The consent given (“{0}”) does not allow use in a report: this interview cannot be cited in the report, which will leave it out.</source>
        <translation>Le consentement donné (« {0} ») ne permet pas l’utilisation dans un rapport : cet entretien ne peut pas être cité, le rapport l’omettra.</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>How reports refer to this person (“person A”): never a name</source>
        <extracomment>The user asked for a finding from a passage of the notes: (interview id, passage).</extracomment>
        <translation>Comment les rapports désignent cette personne (« personne A ») : jamais un nom</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonyme</translation>
    </message>
    <message>
        <source>A group interview has no confidentiality: keep sensitive topics individual</source>
        <translation>Un entretien collectif n’offre aucune confidentialité : réservez les sujets sensibles aux entretiens individuels</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Number of persons interviewed (2 or more in a group)</source>
        <translation>Nombre de personnes interrogées (2 ou plus en groupe)</translation>
    </message>
    <message>
        <source>Per&amp;sons</source>
        <translation>Per&amp;sonnes</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Priva&amp;te</source>
        <translation>&amp;En privé</translation>
    </message>
    <message>
        <source>Reprisa&amp;l risk</source>
        <translation>Ris&amp;que de représailles</translation>
    </message>
    <message>
        <source>Held in private, without witnesses (OPCAT art. 14 (1) (d))</source>
        <translation>Mené en privé, sans témoins (Protocole facultatif, art. 14, par. 1 d))</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsentement</translation>
    </message>
    <message>
        <source>Flag an interviewee at risk of intimidation or reprisals (OPCAT art. 15)</source>
        <translation>Signaler une personne interrogée exposée à un risque d’intimidation ou de représailles (Protocole facultatif, art. 15)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Create &amp;finding from selection</source>
        <translation>Créer une &amp;constatation à partir de la sélection</translation>
    </message>
    <message>
        <source>Show the real identity of this interviewee on screen? Make sure nobody else can see your screen.</source>
        <translation>Afficher à l’écran l’identité réelle de cette personne ? Assurez-vous que personne d’autre ne voit votre écran.</translation>
    </message>
    <message>
        <source>This person is flagged at risk of reprisals.</source>
        <translation>Cette personne est signalée comme exposée à un risque de représailles.</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Afficher l’identité</translation>
    </message>
</context>
<context>
    <name>InterviewHeader</name>
    <message>
        <source>&lt;b&gt;Informed consent: how the interviewee allows their information to be used.&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No use&lt;/b&gt;: nothing from this interview may be used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delegation use only&lt;/b&gt;: the delegation may use it internally, never in a report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anonymous use in the report&lt;/b&gt;: may be used in the report without anything that identifies the person.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anonymous use and transmission&lt;/b&gt;: anonymous use, and allegations may be passed to the authorities.&lt;/li&gt;&lt;/ul&gt;When in doubt, choose the narrower scope: do no harm.</source>
        <translation>&lt;b&gt;Consentement éclairé : comment la personne interrogée autorise l’utilisation de ses informations.&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Aucune utilisation&lt;/b&gt; : rien de cet entretien ne peut être utilisé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Usage réservé à la délégation&lt;/b&gt; : la délégation peut l’utiliser en interne, jamais dans un rapport.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Utilisation anonyme dans le rapport&lt;/b&gt; : peut figurer dans le rapport sans rien qui permette d’identifier la personne.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Utilisation anonyme et transmission&lt;/b&gt; : utilisation anonyme, et les allégations peuvent être transmises aux autorités.&lt;/li&gt;&lt;/ul&gt;En cas de doute, choisissez la portée la plus restreinte : ne pas nuire.</translation>
    </message>
    <message>
        <source>⚠ Reprisal risk</source>
        <translation>⚠ Risque de représailles</translation>
    </message>
    <message>
        <source>This interviewee is flagged at risk of reprisals (OPCAT art. 15): nothing that leaves the delegation may make the person identifiable. Follow up on later visits.</source>
        <translation>Cette personne interrogée est signalée comme exposée à un risque de représailles (Protocole facultatif, art. 15) : rien de ce qui sort de la délégation ne doit permettre de l’identifier. Assurez un suivi lors des visites ultérieures.</translation>
    </message>
</context>
<context>
    <name>InterviewNotesEdit</name>
    <message>
        <source>Type the interview notes here: they are saved as you type.</source>
        <translation>Saisissez ici les notes d’entretien : elles sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
        <source>Create &amp;finding from selection</source>
        <translation>Créer une &amp;constatation à partir de la sélection</translation>
    </message>
    <message>
        <source>Start a finding from the selected passage, with this interview as evidence</source>
        <translation>Créer une constatation à partir du passage sélectionné, avec cet entretien comme élément de preuve</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Pseudonym, place, category, notes…</source>
        <extracomment>The user asked to open an interview (its id).</extracomment>
        <translation>Pseudonyme, lieu, catégorie, notes…</translation>
    </message>
    <message>
        <source>Shows only the loaded rows containing this text; scroll down to load more</source>
        <translation>N’affiche que les lignes chargées contenant ce texte ; faites défiler vers le bas pour en charger d’autres</translation>
    </message>
    <message>
        <source>All interviews</source>
        <translation>Tous les entretiens</translation>
    </message>
    <message>
        <source>Enter opens the selected interview</source>
        <translation>Entrée ouvre l’entretien sélectionné</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an interview</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un entretien</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltrer :</translation>
    </message>
    <message>
        <source>{0} of {1} loaded rows match</source>
        <translation>{0} lignes chargées sur {1} correspondent</translation>
    </message>
    <message>
        <source>{0} of {1} interviews loaded</source>
        <translation>{0} entretiens chargés sur {1}</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1 entretien</translation>
    </message>
    <message>
        <source>{0} interviews</source>
        <translation>{0} entretiens</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Group of {0}</source>
        <translation>Groupe de {0}</translation>
    </message>
    <message>
        <source>⚠ marks a person at risk of reprisals</source>
        <translation>⚠ signale une personne exposée à un risque de représailles</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable</source>
        <translation>Risque de représailles : cette personne ne doit jamais pouvoir être identifiée</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>SPT Field locks as soon as your edit is saved (the database is in use).</source>
        <translation>SPT Field se verrouille dès que votre modification est enregistrée (la base de données est utilisée).</translation>
    </message>
    <message>
        <source>One edit could not be saved: the database was in use by another SPT Field window or command. It was discarded when SPT Field locked; please enter it again.</source>
        <translation>Une modification n’a pas pu être enregistrée : la base de données était utilisée par une autre fenêtre ou commande SPT Field. Elle a été abandonnée lors du verrouillage de SPT Field ; veuillez la saisir à nouveau.</translation>
    </message>
    <message>
        <source>One edit broke a rule and could not be saved (the form showed why); it was discarded when SPT Field locked. Please enter it again.</source>
        <translation>Une modification enfreignait une règle et n’a pas pu être enregistrée (le formulaire en indiquait la raison) ; elle a été abandonnée au verrouillage de SPT Field. Veuillez la saisir de nouveau.</translation>
    </message>
    <message>
        <source>Unlock SPT Field</source>
        <translation>Déverrouiller SPT Field</translation>
    </message>
    <message>
        <source>SPT Field was locked. Passphrase for {0}</source>
        <translation>SPT Field a été verrouillé. Phrase secrète de {0}</translation>
    </message>
    <message>
        <source>SPT Field was locked. The server&apos;s password for {0}</source>
        <translation>SPT Field a été verrouillé. Mot de passe du serveur pour {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h2&gt;SPT Field is locked&lt;/h2&gt;</source>
        <extracomment>How long a lock waits for an edit held up by another window or command writing the database, and how often it tries again meanwhile. What the user does with mouse, keyboard, wheel or touch: each one restarts the idle timer. The encrypted file, or None for a database on a server (`server`).</extracomment>
        <translation>&lt;h2&gt;SPT Field est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Enter the database passphrase to continue</source>
        <translation>Saisissez la phrase secrète de la base de données pour continuer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave SPT Field; the database stays closed</source>
        <translation>Quitter SPT Field ; la base de données reste fermée</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Effacement d’urgence…</translation>
    </message>
    <message>
        <source>Delete the database, its backups and every trace of SPT Field on this laptop</source>
        <translation>Supprimer la base de données, ses sauvegardes et toute trace de SPT Field sur cet ordinateur portable</translation>
    </message>
    <message>
        <source>The connection to the server database {0} was closed to protect it; what you entered was saved. Unlock to connect again (the server&apos;s password is asked unless this computer keeps it).</source>
        <translation>La connexion à la base de données du serveur {0} a été fermée pour la protéger ; ce que vous avez saisi a été enregistré. Déverrouillez pour vous reconnecter (le mot de passe du serveur vous sera demandé, sauf si cet ordinateur le conserve).</translation>
    </message>
    <message>
        <source>Connect to the server again</source>
        <translation>Se reconnecter au serveur</translation>
    </message>
    <message>
        <source>The database {0} was closed to protect it; what you entered was saved. Unlock with the database passphrase.</source>
        <translation>La base de données {0} a été fermée pour la protéger ; vos saisies ont été enregistrées. Déverrouillez avec la phrase secrète de la base de données.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SPT Field</source>
        <extracomment>The first window&apos;s size where the screen allows it.</extracomment>
        <translation>SPT Field</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Open the shared database on your headquarters&apos; PostgreSQL server</source>
        <translation>Ouvrir la base de données partagée sur le serveur PostgreSQL de votre siège</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>O&amp;uvrir la démo</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Fermer la base de données</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Hide everything and close the database until unlocked</source>
        <translation>Tout masquer et fermer la base de données jusqu’au déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Effacement d’urgence…</translation>
    </message>
    <message>
        <source>Delete this database, its backups and the recent list, then quit</source>
        <translation>Supprimer cette base de données, ses sauvegardes et la liste des fichiers récents, puis quitter</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>Write the visit&apos;s records to a file for another laptop or headquarters</source>
        <translation>Écrire les enregistrements de la visite dans un fichier destiné à un autre ordinateur ou au siège</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Merge the records another laptop exported into this database</source>
        <translation>Fusionner dans cette base de données les enregistrements exportés par un autre ordinateur</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Fields two laptops changed differently: choose the version to keep</source>
        <translation>Champs modifiés différemment sur deux ordinateurs : choisissez la version à conserver</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and from which value to which</source>
        <translation>Qui a modifié cet enregistrement, quand, et de quelle valeur à quelle valeur</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Nouvelle &amp;visite…</translation>
    </message>
    <message>
        <source>New &amp;place</source>
        <translation>Nouveau &amp;lieu</translation>
    </message>
    <message>
        <source>New &amp;interview</source>
        <translation>Nouvel &amp;entretien</translation>
    </message>
    <message>
        <source>New &amp;finding</source>
        <translation>Nouvelle &amp;constatation</translation>
    </message>
    <message>
        <source>New &amp;recommendation</source>
        <translation>Nouvelle &amp;recommandation</translation>
    </message>
    <message>
        <source>&amp;Export report draft…</source>
        <translation>E&amp;xporter le projet de rapport…</translation>
    </message>
    <message>
        <source>Countr&amp;y profile…</source>
        <translation>Profil du pa&amp;ys…</translation>
    </message>
    <message>
        <source>The ratifications, the national preventive mechanism and the earlier visits the report&apos;s introduction states</source>
        <translation>Les ratifications, le mécanisme national de prévention et les visites précédentes que mentionne l’introduction du rapport</translation>
    </message>
    <message>
        <source>Export &amp;internal visit notes…</source>
        <translation>Exporter les notes &amp;internes de la visite…</translation>
    </message>
    <message>
        <source>Delegation pro&amp;gramme</source>
        <translation>Pro&amp;gramme de la délégation</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Follow-up tracker</source>
        <translation>&amp;Suivi des recommandations</translation>
    </message>
    <message>
        <source>&amp;Overdue recommendations</source>
        <translation>Recommandations en &amp;retard</translation>
    </message>
    <message>
        <source>Re&amp;prisals register</source>
        <translation>Re&amp;gistre des représailles</translation>
    </message>
    <message>
        <source>&amp;About SPT Field</source>
        <translation>À &amp;propos de SPT Field</translation>
    </message>
    <message>
        <source>Start an interview at the current place with the last team pre-filled (Ctrl+N)</source>
        <translation>Commencer un entretien dans le lieu actuel, avec la dernière équipe préremplie (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visite</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler : {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir : {0}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name as the delegation knows you: History and field bundles record it with every change you make (Settings can change it later).</source>
        <translation>Votre nom tel que la délégation vous connaît : l’historique et les paquets de terrain l’enregistrent avec chacune de vos modifications (modifiable ensuite dans les Paramètres).</translation>
    </message>
    <message>
        <source>Encrypted database: {0}</source>
        <translation>Base de données chiffrée : {0}</translation>
    </message>
    <message>
        <source>Server database: {0}</source>
        <translation>Base de données du serveur : {0}</translation>
    </message>
    <message>
        <source>On the server {0}, shared with headquarters</source>
        <translation>Sur le serveur {0}, partagée avec le siège</translation>
    </message>
    <message>
        <source>{0} — SPT Field</source>
        <translation>{0} — SPT Field</translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>An edit breaks a rule and could not be saved (see the form&apos;s message). Close anyway and lose that edit?</source>
        <translation>Une modification enfreint une règle et n’a pas pu être enregistrée (voir le message du formulaire). Fermer quand même et perdre cette modification ?</translation>
    </message>
    <message>
        <source>✔ All changes saved</source>
        <translation>✔ Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>✖ Not saved: {0}</source>
        <translation>✖ Non enregistré : {0}</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Add a place first: interviews happen at a place.</source>
        <translation>Ajoutez d’abord un lieu : les entretiens ont lieu dans un lieu.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this {0}? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer cet élément ({0}) ? Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Finalize numbering</source>
        <translation>Arrêter la numérotation</translation>
    </message>
    <message>
        <source>Store every recommendation&apos;s paragraph number as the report prints it now, and freeze the report? The State party&apos;s reply will cite these numbers; editing the findings or recommendations afterwards asks to reopen the draft.</source>
        <translation>Enregistrer le numéro de paragraphe de chaque recommandation tel que le rapport l’imprime actuellement, et figer le rapport ? La réponse de l’État partie citera ces numéros ; modifier ensuite les constatations ou les recommandations demandera de rouvrir le projet.</translation>
    </message>
    <message>
        <source>{0} recommendations numbered</source>
        <translation>{0} recommandations numérotées</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Écrit dans {0}</translation>
    </message>
    <message>
        <source>Reopen the report draft?</source>
        <translation>Rouvrir le projet de rapport ?</translation>
    </message>
    <message>
        <source>The report on this visit is final: the State party&apos;s reply quotes its paragraph numbers, and exporting it again prints it as it was finalized. Reopen the draft to make this change? Reopening is recorded in the history, and the report must be finalized again.</source>
        <translation>Le rapport sur cette visite est définitif : la réponse de l’État partie cite ses numéros de paragraphe, et l’exporter de nouveau l’imprime tel qu’il a été finalisé. Rouvrir le projet pour apporter cette modification ? La réouverture est consignée dans l’historique, et le rapport devra être finalisé de nouveau.</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>Effacement d’urgence</translation>
    </message>
    <message>
        <source>This deletes {0}, its write-ahead log and all its backups, SPT Field&apos;s log and settings (the member&apos;s name, recent databases, remembered folders), offers to delete the reports, exports and bundles it wrote, and quits. It cannot be undone.

Type ERASE to confirm:</source>
        <translation>Cette opération supprime {0}, son journal d’écriture anticipée et toutes ses sauvegardes, le journal et les paramètres de SPT Field (nom du membre, bases de données récentes, dossiers mémorisés), propose de supprimer les rapports, exportations et paquets qu’il a écrits, puis quitte. Elle est irréversible.

Tapez ERASE pour confirmer :</translation>
    </message>
    <message>
        <source>About SPT Field</source>
        <translation>À propos de SPT Field</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPT Field {0}&lt;/h3&gt;&lt;p&gt;An offline tool for visits to places of deprivation of liberty: places, interviews, findings and the confidential visit report.&lt;/p&gt;&lt;p&gt;Every database is encrypted (SQLCipher).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPT Field {0}&lt;/h3&gt;&lt;p&gt;Un outil hors ligne pour les visites des lieux de privation de liberté : lieux, entretiens, constatations et rapport de visite confidentiel.&lt;/p&gt;&lt;p&gt;Chaque base de données est chiffrée (SQLCipher).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An edit breaks a rule and could not be saved (see the form&apos;s message). Change the language now and lose that edit? Otherwise the new language is used from the next start.</source>
        <translation>Une modification enfreint une règle et n’a pas pu être enregistrée (voir le message du formulaire). Changer de langue maintenant et perdre cette modification ? Sinon, la nouvelle langue sera utilisée au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MetadataWords</name>
    <message>
        <source>GPS position</source>
        <translation>position GPS</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>numéro de série de l’appareil</translation>
    </message>
    <message>
        <source>lens serial number</source>
        <translation>numéro de série de l’objectif</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>nom du propriétaire</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>notes du fabricant</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marque et modèle de l’appareil</translation>
    </message>
    <message>
        <source>EXIF</source>
        <translation>EXIF</translation>
    </message>
    <message>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>text fields</source>
        <translation>champs de texte</translation>
    </message>
    <message>
        <source>colour profile naming the device</source>
        <translation>profil de couleur nommant l’appareil</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>last modified by</source>
        <translation>dernière modification par</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>creating program</source>
        <translation>programme de création</translation>
    </message>
    <message>
        <source>producing program</source>
        <translation>programme de production</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Person {0}</source>
        <translation>Personne {0}</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable</source>
        <translation>Risque de représailles : cette personne ne doit jamais pouvoir être identifiée</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Delegation and persons met</source>
        <translation>Délégation et personnes rencontrées</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Visites précédentes</translation>
    </message>
    <message>
        <source>All interviews ({0})</source>
        <translation>Tous les entretiens ({0})</translation>
    </message>
    <message>
        <source>Report draft</source>
        <translation>Projet de rapport</translation>
    </message>
    <message>
        <source>Places ({0})</source>
        <translation>Lieux ({0})</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Constatations ({0})</translation>
    </message>
    <message>
        <source>Recommendations ({0})</source>
        <translation>Recommandations ({0})</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Au</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <source>Show the recommendations to one country only</source>
        <translation>Afficher les recommandations à un seul pays</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Toute autorité</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tout thème</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Overdue recommendations</source>
        <translation>Recommandations en retard</translation>
    </message>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Ex&amp;port as CSV…</source>
        <translation>Ex&amp;porter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>Au&amp;torité :</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Thè&amp;me :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Could not read the recommendations: {0}</source>
        <translation>Impossible de lire les recommandations : {0}</translation>
    </message>
    <message>
        <source>Overdue recommendations: {0}</source>
        <translation>Recommandations en retard : {0}</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Export the overdue recommendations</source>
        <translation>Exporter les recommandations en retard</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0} : {1}</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Écrit : {0}</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Places by type</source>
        <translation>Lieux par type</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Interviews by category</source>
        <translation>Entretiens par catégorie</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Persons interviewed by category</source>
        <translation>Personnes interrogées par catégorie</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Allegations by form</source>
        <translation>Allégations par forme</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>Constatations par domaine</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Constatations par gravité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Which figures the chart shows</source>
        <translation>Les chiffres que montre le graphique</translation>
    </message>
    <message>
        <source>Interviews and persons by category</source>
        <translation>Entretiens et personnes par catégorie</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>No figures: this visit has been deleted.</source>
        <translation>Aucun chiffre : cette visite a été supprimée.</translation>
    </message>
    <message>
        <source>No figures: {0}</source>
        <translation>Aucun chiffre : {0}</translation>
    </message>
    <message>
        <source>{0} places visited · {1} interviews with {2} persons · {3} allegations · {4} findings</source>
        <translation>{0} lieux visités · {1} entretiens avec {2} personnes · {3} allégations · {4} constatations</translation>
    </message>
    <message>
        <source>{0}: nothing recorded yet</source>
        <translation>{0} : rien n’est encore consigné</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Wrong passphrase, or this file is not an SPT Field database. Try again.</source>
        <translation>Phrase secrète erronée, ou ce fichier n’est pas une base de données SPT Field. Réessayez.</translation>
    </message>
</context>
<context>
    <name>PassphraseRows</name>
    <message>
        <source>Repe&amp;at</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>At least {0} characters ({1} so far)</source>
        <translation>Au moins {0} caractères ({1} pour l’instant)</translation>
    </message>
    <message>
        <source>Weak: add words or characters</source>
        <translation>Faible : ajoutez des mots ou des caractères</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong</source>
        <translation>Moyenne : quelques mots de plus la rendront robuste</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>les deux phrases secrètes diffèrent</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Repea&amp;t password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>type a password: the file is always encrypted</source>
        <translation>saisissez un mot de passe : le fichier est toujours chiffré</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Double-click a cell or press F2 to edit it; each change is saved at once</source>
        <translation>Double-cliquez sur une cellule ou appuyez sur F2 pour la modifier ; chaque modification est enregistrée aussitôt</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>{0}: enter a whole number, or nothing</source>
        <extracomment>A cell edit was refused: the message for the user. A cell edit was saved. {0} is the column&apos;s title, such as &quot;Protocol rank&quot;.</extracomment>
        <translation>{0} : saisissez un nombre entier, ou rien</translation>
    </message>
    <message>
        <source>{0}: someone else saved this meanwhile; their value is shown. Type yours again to save it over theirs</source>
        <translation>{0} : quelqu’un d’autre a enregistré ceci entre-temps ; sa valeur est affichée. Saisissez de nouveau la vôtre pour l’enregistrer à la place de la sienne</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Official name of the place</source>
        <translation>Nom officiel du lieu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice, prison service</source>
        <translation>p. ex. Ministère de la justice, administration pénitentiaire</translation>
    </message>
    <message>
        <source>A&amp;uthority</source>
        <translation>A&amp;utorité</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>GPS latitude in decimal degrees (-90 to 90); — means not recorded</source>
        <translation>Latitude GPS en degrés décimaux (-90 à 90) ; — signifie non consignée</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitude</translation>
    </message>
    <message>
        <source>GPS longitude in decimal degrees (-180 to 180); — means not recorded</source>
        <translation>Longitude GPS en degrés décimaux (-180 à 180) ; — signifie non consignée</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitude</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Time of arrival, e.g. 9:30 or 0930</source>
        <translation>Heure d’arrivée, p. ex. 9:30 ou 0930</translation>
    </message>
    <message>
        <source>Time of departure, e.g. 17:45 or 1745</source>
        <translation>Heure de départ, p. ex. 17:45 ou 1745</translation>
    </message>
    <message>
        <source>&amp;Arrived at</source>
        <translation>Arrivée à</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Régi&amp;on</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>Absent du registre</translation>
    </message>
    <message>
        <source>The entry of the country&apos;s register of places this place is</source>
        <translation>L’entrée du registre des lieux du pays qui correspond à ce lieu</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visité le</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Départ à</translation>
    </message>
    <message>
        <source>Announce&amp;d</source>
        <translation>Annon&amp;cée</translation>
    </message>
    <message>
        <source>Ticked if the authorities were told of the visit</source>
        <translation>Cochée si les autorités ont été informées de la visite</translation>
    </message>
    <message>
        <source>Tick the delegation members who went</source>
        <translation>Cochez les membres de la délégation qui s’y sont rendus</translation>
    </message>
    <message>
        <source>Mem&amp;bers present</source>
        <translation>Mem&amp;bres présents</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Official capacity (number of places)</source>
        <translation>Capacité officielle (nombre de places)</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>Persons held on the day of the visit</source>
        <translation>Personnes détenues le jour de la visite</translation>
    </message>
    <message>
        <source>Population as a share of the official capacity</source>
        <translation>Population rapportée à la capacité officielle</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <source>&amp;Men</source>
        <translation>&amp;Hommes</translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation>Femme&amp;s</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>&amp;Enfants</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>É&amp;trangers</translation>
    </message>
    <message>
        <source>Pre-&amp;trial</source>
        <translation>Prévenus</translation>
    </message>
    <message>
        <source>&amp;Sentenced</source>
        <translation>Conda&amp;mnés</translation>
    </message>
    <message>
        <source>Adm&amp;inistrative</source>
        <translation>Détention adm&amp;inistrative</translation>
    </message>
    <message>
        <source>Registers checked</source>
        <translation>Registres examinés</translation>
    </message>
    <message>
        <source>Tick the registers the delegation examined</source>
        <translation>Cochez les registres que la délégation a examinés</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Entraves</translation>
    </message>
    <message>
        <source>Delayed or refused access, areas not shown, interviews refused…</source>
        <translation>Accès retardé ou refusé, locaux non montrés, entretiens refusés…</translation>
    </message>
    <message>
        <source>{0} % of capacity</source>
        <translation>{0} % de la capacité</translation>
    </message>
</context>
<context>
    <name>PreviousVisitsModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Report symbol</source>
        <translation>Cote du rapport</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <translation>postgresql://utilisateur@hote:5432/base</translation>
    </message>
    <message>
        <source>A PostgreSQL URL without password: libpq finds it (PGPASSWORD, .pgpass) or SPT Field asks for it</source>
        <translation>Une URL PostgreSQL sans mot de passe : libpq le trouve (PGPASSWORD, .pgpass) ou SPT Field vous le demande</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL du serveur</translation>
    </message>
    <message>
        <source>Never put the password in the URL: it is asked when connecting, or found by libpq in PGPASSWORD or a .pgpass file.</source>
        <translation>Ne mettez jamais le mot de passe dans l’URL : il est demandé lors de la connexion, ou trouvé par libpq dans PGPASSWORD ou un fichier .pgpass.</translation>
    </message>
    <message>
        <source>give the connection a name</source>
        <translation>donnez un nom à la connexion</translation>
    </message>
    <message>
        <source>another connection is called {0}</source>
        <translation>une autre connexion s’appelle déjà {0}</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Place or meeting</source>
        <translation>Lieu ou réunion</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Meeting: {0}</source>
        <translation>Réunion : {0}</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Programme entries</source>
        <translation>Entrées du programme</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>Ajouter une &amp;entrée</translation>
    </message>
    <message>
        <source>De&amp;lete the entry</source>
        <translation>&amp;Supprimer l’entrée</translation>
    </message>
    <message>
        <source>Print as &amp;PDF…</source>
        <translation>Imprimer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as cale&amp;ndar…</source>
        <translation>Exporter en ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>&amp;Update the register of places…</source>
        <translation>&amp;Mettre à jour le registre des lieux…</translation>
    </message>
    <message>
        <source>Import the country&apos;s list of places kept by the NPM (CSV or Excel)</source>
        <translation>Importer la liste des lieux du pays tenue par le MNP (CSV ou Excel)</translation>
    </message>
    <message>
        <source>Register of places</source>
        <translation>Registre des lieux</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>For the delegation only; never a name of a person interviewed</source>
        <translation>Pour la délégation seulement ; jamais le nom d’une personne entendue</translation>
    </message>
    <message>
        <source>The visit&apos;s places first, then the country&apos;s register</source>
        <translation>Les lieux de la visite d’abord, puis le registre du pays</translation>
    </message>
    <message>
        <source>The authority met, when the entry is a meeting</source>
        <translation>L’autorité rencontrée, si l’entrée est une réunion</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>Ends a&amp;t:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Lie&amp;u :</translation>
    </message>
    <message>
        <source>Meeting w&amp;ith:</source>
        <translation>Réun&amp;ion avec :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>L’entrée choisie</translation>
    </message>
    <message>
        <source>Internal to the delegation: the printed programme is marked confidential.</source>
        <translation>Interne à la délégation : le programme imprimé porte la mention confidentiel.</translation>
    </message>
    <message>
        <source>No place: a meeting</source>
        <translation>Aucun lieu : une réunion</translation>
    </message>
    <message>
        <source>Register of places of {0} ({1})</source>
        <translation>Registre des lieux : {0} ({1})</translation>
    </message>
    <message>
        <source>Programme of the visit to {0}, {1} to {2}</source>
        <translation>Programme de la visite : {0}, du {1} au {2}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Update the register of places</source>
        <translation>Mettre à jour le registre des lieux</translation>
    </message>
    <message>
        <source>Lists of places (*.csv *.xlsx)</source>
        <translation>Listes de lieux (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Nothing imported: {0}</source>
        <translation>Rien n’a été importé : {0}</translation>
    </message>
    <message>
        <source>Print the programme</source>
        <translation>Imprimer le programme</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the programme as a calendar</source>
        <translation>Exporter le programme en calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Non exporté : {0}</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUp</name>
    <message>
        <source>The recommendation as the report states it</source>
        <translation>La recommandation telle que le rapport la formule</translation>
    </message>
    <message>
        <source>How far it was implemented, from the State&apos;s reply or a follow-up visit</source>
        <translation>Son degré de mise en œuvre, selon la réponse de l’État ou une visite de suivi</translation>
    </message>
    <message>
        <source>What the State party replied on this paragraph</source>
        <translation>Ce que l’État partie a répondu sur ce paragraphe</translation>
    </message>
    <message>
        <source>Saved by itself as you type</source>
        <translation>Enregistré automatiquement pendant la saisie</translation>
    </message>
    <message>
        <source>The date of the State party&apos;s reply</source>
        <translation>La date de la réponse de l’État partie</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Every status given to it, oldest first</source>
        <translation>Chaque statut qui lui a été donné, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historique des statuts :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Date of re&amp;ply:</source>
        <translation>Date de la répo&amp;nse :</translation>
    </message>
    <message>
        <source>St&amp;ate reply:</source>
        <translation>Rép&amp;onse de l’État :</translation>
    </message>
    <message>
        <source>Select a recommendation to record the reply.</source>
        <translation>Sélectionnez une recommandation pour consigner la réponse.</translation>
    </message>
    <message>
        <source>Paragraph {0}</source>
        <translation>Paragraphe {0}</translation>
    </message>
    <message>
        <source>Not numbered yet</source>
        <translation>Pas encore numérotée</translation>
    </message>
    <message>
        <source>Not saved yet: {0}</source>
        <translation>Pas encore enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>To whom it is addressed: the State party, the NPM or a named authority</source>
        <translation>À qui elle s’adresse : l’État partie, le MNP ou une autorité désignée</translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <translation>Dest&amp;inataire</translation>
    </message>
    <message>
        <source>e.g. Ministry of the Interior</source>
        <translation>p. ex. Ministère de l’intérieur</translation>
    </message>
    <message>
        <source>The authority addressed; needed when the addressee is a named authority</source>
        <translation>L’autorité visée ; nécessaire lorsque le destinataire est une autorité désignée</translation>
    </message>
    <message>
        <source>A&amp;uthority</source>
        <translation>A&amp;utorité</translation>
    </message>
    <message>
        <source>The kind of authority that must act on it, for the follow-up across countries</source>
        <translation>Le type d’autorité qui doit y donner suite, pour le suivi d’un pays à l’autre</translation>
    </message>
    <message>
        <source>Kind of authorit&amp;y</source>
        <translation>T&amp;ype d’autorité</translation>
    </message>
    <message>
        <source>The Subcommittee recommends that …</source>
        <translation>Le Sous-Comité recommande que …</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Tick the findings this recommendation answers</source>
        <translation>Cochez les constatations auxquelles répond cette recommandation</translation>
    </message>
    <message>
        <source>F&amp;indings answered</source>
        <translation>&amp;Constatations visées</translation>
    </message>
    <message>
        <source>Pri&amp;ority</source>
        <translation>Pri&amp;orité</translation>
    </message>
    <message>
        <source>Tick the themes it concerns</source>
        <translation>Cochez les thèmes qu’elle concerne</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>Thè&amp;mes</translation>
    </message>
    <message>
        <source>Tick the standards the report cites for this recommendation</source>
        <translation>Cochez les normes que le rapport cite pour cette recommandation</translation>
    </message>
    <message>
        <source>Standards &amp;cited</source>
        <translation>&amp;Normes citées</translation>
    </message>
    <message>
        <source>How far it was implemented, from the State&apos;s reply or a follow-up visit</source>
        <translation>Son degré de mise en œuvre, selon la réponse de l’État ou une visite de suivi</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>six months after transmission</source>
        <translation>six mois après la transmission</translation>
    </message>
    <message>
        <source>When it must be implemented; empty: six months after the report&apos;s transmission</source>
        <translation>Date à laquelle elle doit être mise en œuvre ; vide : six mois après la transmission du rapport</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <source>Set when the report&apos;s numbering is finalized</source>
        <translation>Fixé lorsque la numérotation du rapport est arrêtée</translation>
    </message>
    <message>
        <source>&amp;Paragraph number</source>
        <translation>Numéro de &amp;paragraphe</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Keep mine</source>
        <extracomment>The field a new record of this kind is typed into first.</extracomment>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Save what you typed over what the other person saved</source>
        <translation>Enregistrer ce que vous avez saisi à la place de ce que l’autre personne a enregistré</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Drop what you typed and show the record as the other person saved it</source>
        <translation>Abandonner ce que vous avez saisi et afficher l’enregistrement tel que l’autre personne l’a enregistré</translation>
    </message>
    <message>
        <source>{0} is now {1}</source>
        <translation>{0} vaut désormais {1}</translation>
    </message>
    <message>
        <source>someone else saved this record meanwhile: {0}.</source>
        <translation>quelqu’un d’autre a modifié cet enregistrement entre-temps : {0}.</translation>
    </message>
    <message>
        <source>someone else saved this record meanwhile.</source>
        <translation>quelqu’un d’autre a modifié cet enregistrement entre-temps.</translation>
    </message>
    <message>
        <source>What you typed is kept here: keep yours to save it over theirs, or take theirs.</source>
        <translation>Ce que vous avez saisi est conservé ici : gardez votre version pour l’enregistrer à la place de la leur, ou prenez la leur.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Not saved yet: {0}</source>
        <translation>Pas encore enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Last visited</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Times visited</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Edit report section</source>
        <translation>Modifier une section du rapport</translation>
    </message>
    <message>
        <source>Store each recommendation&apos;s paragraph number so the State&apos;s reply can cite it</source>
        <translation>Enregistrer le numéro de paragraphe de chaque recommandation pour que la réponse de l’État puisse le citer</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>Section narrative</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Re&amp;store standard wording</source>
        <translation>Ré&amp;tablir le libellé type</translation>
    </message>
    <message>
        <source>F&amp;inalize numbering</source>
        <translation>Arrêter &amp;la numérotation</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Narrative&lt;/b&gt; — printed at the start of the section, before the generated content</source>
        <translation>&lt;b&gt;Texte introductif&lt;/b&gt; — imprimé au début de la section, avant le contenu généré</translation>
    </message>
    <message>
        <source>The report follows this text with what the visit&apos;s records say for “{0}”.</source>
        <translation>Le rapport fait suivre ce texte de ce que les dossiers de la visite contiennent pour « {0} ».</translation>
    </message>
</context>
<context>
    <name>ReprisalModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Démarches</translation>
    </message>
</context>
<context>
    <name>ReprisalsView</name>
    <message>
        <source>Every case</source>
        <translation>Tous les cas</translation>
    </message>
    <message>
        <source>Show the cases with this status only</source>
        <translation>Afficher seulement les cas ayant ce statut</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>Cas de représailles</translation>
    </message>
    <message>
        <source>Interviews marked at risk of reprisals that have no case yet</source>
        <translation>Entretiens signalés à risque de représailles qui n’ont pas encore de cas</translation>
    </message>
    <message>
        <source>Open a &amp;case</source>
        <translation>Ouvrir un &amp;cas</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Contacts made with the person or those close to them since the visit</source>
        <translation>Contacts pris avec la personne ou ses proches depuis la visite</translation>
    </message>
    <message>
        <source>Incidents the person or others alleged since the visit</source>
        <translation>Incidents allégués par la personne ou d’autres depuis la visite</translation>
    </message>
    <message>
        <source>What was done: letters, interventions, whom they went to</source>
        <translation>Ce qui a été fait : lettres, interventions, à qui elles ont été adressées</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Person at risk:</source>
        <translation>&amp;Personne à risque :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Opened &amp;on:</source>
        <translation>Ouvert &amp;le :</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>Con&amp;tacts :</translation>
    </message>
    <message>
        <source>&amp;Incidents alleged:</source>
        <translation>&amp;Incidents allégués :</translation>
    </message>
    <message>
        <source>Actio&amp;ns:</source>
        <translation>Actio&amp;ns :</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Dé&amp;marches :</translation>
    </message>
    <message>
        <source>Follow-up of the selected case</source>
        <translation>Suivi du cas sélectionné</translation>
    </message>
    <message>
        <source>Internal: the register never reaches a report.</source>
        <translation>Interne : le registre ne figure jamais dans un rapport.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. They are taken when the database opens, every 30 minutes while you work, and when it closes; the last 10 are kept.</source>
        <translation>Sauvegardes de {0}, les plus récentes en premier. Elles sont effectuées à l’ouverture de la base de données, toutes les 30 minutes pendant le travail et à sa fermeture ; les 10 dernières sont conservées.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Cette base de données n’a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace {0} with the backup of {1} ({2} visits, {3} places, {4} interviews)? Everything entered since that backup is set aside: the current state is kept as a before-restore backup, so you can go back to it.</source>
        <translation>Remplacer {0} par la sauvegarde du {1} ({2} visites, {3} lieux, {4} entretiens) ? Tout ce qui a été saisi depuis cette sauvegarde est mis de côté : l’état actuel est conservé comme sauvegarde d’avant restauration, pour pouvoir y revenir.</translation>
    </message>
</context>
<context>
    <name>SaveFileRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <extracomment>The user chose a hit: its kind code and record id.</extracomment>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Words in interview notes, findings, recommendations</source>
        <translation>Mots des notes d’entretien, constatations, recommandations</translation>
    </message>
    <message>
        <source>Every word must appear; the last one may be the start of a word</source>
        <translation>Chaque mot doit figurer ; le dernier peut être un début de mot</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a result</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un résultat</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Type to search every visit in this database</source>
        <translation>Tapez pour rechercher dans toutes les visites de cette base de données</translation>
    </message>
    <message>
        <source>The {0} best results</source>
        <translation>Les {0} meilleurs résultats</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0} résultats</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Person {0}</source>
        <translation>Personne {0}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>The server asks for a password to connect to {0}.</source>
        <translation>Le serveur demande un mot de passe pour se connecter à {0}.</translation>
    </message>
    <message>
        <source>Not kept: SPT Field asks again after locking or the next time</source>
        <translation>Non conservé : SPT Field le redemandera après un verrouillage ou la prochaine fois</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>SessionRecovery</name>
    <message>
        <source>Recovered after an unexpected stop: visit {0}, {1}; saved at {2}.</source>
        <extracomment>The message&apos;s object name (tests find it by it).</extracomment>
        <translation>Récupéré après un arrêt inattendu : visite {0}, {1} ; enregistré à {2}.</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: visit {0}.</source>
        <translation>Récupéré après un arrêt inattendu : visite {0}.</translation>
    </message>
    <message>
        <source>Work recovered</source>
        <translation>Travail récupéré</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the database after this many idle minutes</source>
        <translation>Verrouiller la base de données après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>The delegation member who uses this laptop: recorded with every change</source>
        <translation>Le membre de la délégation qui utilise cet ordinateur : consigné avec chaque modification</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>A photograph or document larger than this is not attached</source>
        <translation>Une photo ou un document plus grand n’est pas joint</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after</source>
        <translation>&amp;Verrouillage automatique après</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;member</source>
        <translation>&amp;Membre utilisant cet ordinateur</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Plus grande pièce jointe</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Words only in this version are marked [+ +]: {0}</source>
        <translation>Les mots propres à cette version sont marqués [+ +] : {0}</translation>
    </message>
    <message>
        <source>Keep version {0}</source>
        <translation>Conserver la version {0}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>SPT Field databases (*.sptdb);;All files (*)</source>
        <translation>Bases de données SPT Field (*.sptdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SPT Field&lt;/h1&gt;&lt;p&gt;Visits to places of deprivation of liberty: log places, interviews and findings; draft the confidential report.&lt;/p&gt;</source>
        <extracomment>The backup file to restore and the database file it becomes (which may not exist). The libpq URL of a server database to connect to (no password in it).</extracomment>
        <translation>&lt;h1&gt;SPT Field&lt;/h1&gt;&lt;p&gt;Visites des lieux de privation de liberté : consignez lieux, entretiens et constatations ; rédigez le rapport confidentiel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version {0} · every database is encrypted</source>
        <translation>Version {0} · chaque base de données est chiffrée</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Create database…</source>
        <translation>&amp;Créer une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>O&amp;uvrir la démo</translation>
    </message>
    <message>
        <source>A fictional visit to try SPT Field with</source>
        <translation>Une visite fictive pour essayer SPT Field</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Put a backup back as a database: also when the database itself is lost</source>
        <translation>Remettre une sauvegarde en place comme base de données : même lorsque la base de données elle-même est perdue</translation>
    </message>
    <message>
        <source>Connec&amp;t to a server…</source>
        <translation>Se connec&amp;ter à un serveur…</translation>
    </message>
    <message>
        <source>Open the shared database on your headquarters&apos; PostgreSQL server</source>
        <translation>Ouvrir la base de données partagée sur le serveur PostgreSQL de votre siège</translation>
    </message>
    <message>
        <source>Rece&amp;nt databases</source>
        <translation>&amp;Bases de données récentes</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>Serveur : {0}</translation>
    </message>
    <message>
        <source>A database on a server: {0}</source>
        <translation>Une base de données sur un serveur : {0}</translation>
    </message>
    <message>
        <source>File: {0}   —   {1}</source>
        <translation>Fichier : {0}   —   {1}</translation>
    </message>
    <message>
        <source>{0} (file not found)</source>
        <translation>{0} (fichier introuvable)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Créer une base de données</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurer la sauvegarde sous</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: nothing was written. Free some space (empty the trash, delete files you no longer need) and try again.</source>
        <translation>Le disque est plein : rien n’a été enregistré. Libérez de l’espace (videz la corbeille, supprimez les fichiers dont vous n’avez plus besoin) et réessayez.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file, its folder or its disk is read-only. Copy the database to a folder you can write to (or allow writing to it) and open it from there.</source>
        <translation>Impossible d’écrire dans la base de données : le fichier, son dossier ou son disque est en lecture seule. Copiez la base de données dans un dossier où vous pouvez écrire (ou autorisez l’écriture) et ouvrez-la depuis cet endroit.</translation>
    </message>
    <message>
        <source>The database is in use by another SPT Field window or command. Try again when it has finished.</source>
        <translation>La base de données est utilisée par une autre fenêtre ou commande SPT Field. Réessayez lorsqu’elle aura terminé.</translation>
    </message>
    <message>
        <source>The disk failed to read or write the database (was a card or stick removed?). Check the disk, then copy the database and its backups somewhere safe; restore a backup if the database is damaged.</source>
        <translation>Le disque n’a pas pu lire ou écrire la base de données (une carte ou une clé a-t-elle été retirée ?). Vérifiez le disque, puis copiez la base de données et ses sauvegardes en lieu sûr ; restaurez une sauvegarde si la base de données est endommagée.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>“{0}” is not a time: type HH:MM</source>
        <translation>« {0} » n’est pas une heure : tapez HH:MM</translation>
    </message>
</context>
<context>
    <name>TrackerVisitModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Transmitted</source>
        <translation>Transmis le</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Publication requested</source>
        <translation>Publication demandée</translation>
    </message>
    <message>
        <source>Public symbol</source>
        <translation>Cote publique</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Reply overdue: it was due on {0}</source>
        <translation>Réponse en retard : elle était attendue le {0}</translation>
    </message>
    <message>
        <source>⚠ {0} (overdue)</source>
        <translation>⚠ {0} (en retard)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not redo “{0}”: {1}</source>
        <translation>Impossible de rétablir « {0} » : {1}</translation>
    </message>
    <message>
        <source>Could not undo “{0}”: {1}</source>
        <translation>Impossible d’annuler « {0} » : {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modification : {0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Ajout : {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Suppression : {0}</translation>
    </message>
    <message>
        <source>Edit country profile</source>
        <translation>Modifier le profil du pays</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>SPT Field</source>
        <translation>SPT Field</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Why the visit was postponed</source>
        <translation>Pourquoi la visite a été reportée</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Postponement reason</source>
        <translation>&amp;Motif du report</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>F&amp;in</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un objectif par ligne</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Restricted symbol</source>
        <translation>Cote (diffusion restreinte)</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>Transmis le</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <source>Publication requested by</source>
        <translation>Publication demandée par</translation>
    </message>
    <message>
        <source>Publication requested on</source>
        <translation>Publication demandée le</translation>
    </message>
    <message>
        <source>Public symbol</source>
        <translation>Cote publique</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>Filter by country, year, type or status</source>
        <translation>Filtrer par pays, année, type ou statut</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Nouvelle visite…</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Ouvrir la visite</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Visits&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Visites&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter visits</source>
        <translation>Filtrer les visites</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Enter opens the selected visit</source>
        <translation>Entrée ouvre la visite sélectionnée</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>{0} · 1 conflict</source>
        <translation>{0} · 1 conflit</translation>
    </message>
    <message>
        <source>{0} · {1} conflicts</source>
        <translation>{0} · {1} conflits</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigator</source>
        <extracomment>The record shown in the editor changed (kind code or section, id).</extracomment>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>The visit&apos;s records: F6 moves to the editor</source>
        <translation>Les éléments de la visite : F6 passe à l’éditeur</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nouvelle constatation</translation>
    </message>
    <message>
        <source>The Subcommittee recommends that the State party </source>
        <translation>Le Sous-Comité recommande à l’État partie </translation>
    </message>
</context>
<context>
    <name>WrittenFilesDialog</name>
    <message>
        <source>Files SPT Field wrote</source>
        <translation>Fichiers écrits par SPT Field</translation>
    </message>
    <message>
        <source>SPT Field wrote these files outside the database (reports, notes, exports, bundles). Checked files are deleted too.</source>
        <translation>SPT Field a écrit ces fichiers en dehors de la base de données (rapports, notes, exportations, paquets). Les fichiers cochés sont également supprimés.</translation>
    </message>
    <message>
        <source>Files to delete</source>
        <translation>Fichiers à supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete checked</source>
        <translation>&amp;Supprimer les fichiers cochés</translation>
    </message>
    <message>
        <source>&amp;Keep them all</source>
        <translation>&amp;Tout conserver</translation>
    </message>
</context>
<context>
    <name>_BundleDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Delegation &amp;passphrase</source>
        <translation>P&amp;hrase secrète de la délégation</translation>
    </message>
    <message>
        <source>The delegation passphrase is agreed within the delegation, not stored anywhere: the bundle cannot be read without it.</source>
        <translation>La phrase secrète de la délégation est convenue au sein de la délégation et n’est enregistrée nulle part : sans elle, le paquet est illisible.</translation>
    </message>
    <message>
        <source>choose the bundle file</source>
        <translation>choisissez le fichier du paquet</translation>
    </message>
    <message>
        <source>enter the delegation passphrase</source>
        <translation>saisissez la phrase secrète de la délégation</translation>
    </message>
</context>
</TS>
