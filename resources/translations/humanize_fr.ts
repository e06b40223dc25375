<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcceptAllQuestion</name>
    <message>
        <source>Accept All Changes</source>
        <translation>Accepter toutes les modifications</translation>
    </message>
    <message>
        <source>Flagged: %1 of the %2 pending changes. Accept those too?</source>
        <translation>Signalées&#xa0;: %1 des %2 modifications en attente. Les accepter aussi&#xa0;?</translation>
    </message>
    <message>
        <source>A flag means a check found something to look at first: a fact or negation that changed, Markdown structure, or an error the rewrite brought in. Flagged changes you leave stay pending.</source>
        <translation>Un signalement veut dire qu’une vérification a trouvé quelque chose à regarder d’abord&#xa0;: un fait ou une négation modifiés, la structure Markdown, ou une erreur introduite par la réécriture. Les modifications signalées que vous laissez restent en attente.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
    </message>
    <message>
        <source>Accept All but &amp;Flagged</source>
        <translation>Tout accepter sauf les &amp;signalées</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>&amp;Tout accepter</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Commencer un nouveau brouillon</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a text, Markdown, Word or review file</source>
        <translation>Ouvrir un fichier texte, Markdown, Word ou de révision</translation>
    </message>
    <message>
        <source>&amp;Translator Mode…</source>
        <translation>Mode &amp;traduction…</translation>
    </message>
    <message>
        <source>Check and polish a translation: XLIFF, PO, TMX or CSV</source>
        <translation>Vérifier et améliorer une traduction&#xa0;: XLIFF, PO, TMX ou CSV</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>Enregistrer le brouillon sous un autre nom</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>Enregistrer la &amp;révision sous…</translation>
    </message>
    <message>
        <source>Save both texts and every decision as a .humanize review file</source>
        <translation>Enregistrer les deux textes et toutes les décisions dans un fichier de révision .humanize</translation>
    </message>
    <message>
        <source>Export Final &amp;Text…</source>
        <translation>Exporter le &amp;texte final…</translation>
    </message>
    <message>
        <source>Save the draft with the decisions made so far</source>
        <translation>Enregistrer le brouillon avec les décisions prises jusqu’ici</translation>
    </message>
    <message>
        <source>Export Change &amp;Report (HTML)…</source>
        <translation>Exporter le &amp;rapport des modifications (HTML)…</translation>
    </message>
    <message>
        <source>Save a web page listing every change and decision</source>
        <translation>Enregistrer une page web qui liste chaque modification et chaque décision</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Humanize Desktop</source>
        <translation>Quitter Humanize Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit or decision</source>
        <translation>Annuler la dernière modification ou décision</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find text in the focused pane</source>
        <translation>Rechercher du texte dans le volet actif</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>Grammar engine, languages, dictionaries, autosave and theme</source>
        <translation>Correcteur grammatical, langues, dictionnaires, enregistrement automatique et thème</translation>
    </message>
    <message>
        <source>What I&apos;ve &amp;Learned…</source>
        <translation>Ce que j’ai appr&amp;is…</translation>
    </message>
    <message>
        <source>What was learned from your decisions; switch it off or forget it</source>
        <translation>Ce qui a été appris de vos décisions&#x202f;; le désactiver ou l’oublier</translation>
    </message>
    <message>
        <source>&amp;Humanize</source>
        <translation>&amp;Humaniser</translation>
    </message>
    <message>
        <source>Rewrite the draft with the local model, paragraph by paragraph</source>
        <translation>Réécrire le brouillon avec le modèle local, paragraphe par paragraphe</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop humanizing; keep what is done</source>
        <translation>Arrêter l’humanisation&#xa0;; ce qui est fait est conservé</translation>
    </message>
    <message>
        <source>Learn a &amp;Voice…</source>
        <translation>Apprendre une &amp;voix…</translation>
    </message>
    <message>
        <source>Learn your own voice from files you wrote, for rewrites to follow</source>
        <translation>Apprendre votre propre voix à partir de fichiers que vous avez écrits, pour que les réécritures la suivent</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next pending change</source>
        <translation>Aller à la prochaine modification en attente</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous pending change</source>
        <translation>Aller à la modification en attente précédente</translation>
    </message>
    <message>
        <source>&amp;Accept Change</source>
        <translation>&amp;Accepter la modification</translation>
    </message>
    <message>
        <source>Take the suggestion&apos;s text into the draft</source>
        <translation>Reprendre le texte de la suggestion dans le brouillon</translation>
    </message>
    <message>
        <source>&amp;Reject Change</source>
        <translation>&amp;Refuser la modification</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s text</source>
        <translation>Garder le texte du brouillon</translation>
    </message>
    <message>
        <source>Accept and Go to &amp;Next</source>
        <translation>Accepter et passer à la suiva&amp;nte</translation>
    </message>
    <message>
        <source>Accept this change and show the next one</source>
        <translation>Accepter cette modification et afficher la suivante</translation>
    </message>
    <message>
        <source>Reject and Go to Ne&amp;xt</source>
        <translation>Refuser et passer à la sui&amp;vante</translation>
    </message>
    <message>
        <source>Reject this change and show the next one</source>
        <translation>Refuser cette modification et afficher la suivante</translation>
    </message>
    <message>
        <source>&amp;Edit Change…</source>
        <translation>Re&amp;toucher la modification…</translation>
    </message>
    <message>
        <source>Write your own version of this change</source>
        <translation>Écrire votre propre version de cette modification</translation>
    </message>
    <message>
        <source>A&amp;lternatives…</source>
        <translation>A&amp;lternatives…</translation>
    </message>
    <message>
        <source>Ask the model for other wordings of this change</source>
        <translation>Demander au modèle d’autres formulations pour cette modification</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Changes</source>
        <translation>Accepter &amp;toutes les modifications</translation>
    </message>
    <message>
        <source>Take every pending change into the draft</source>
        <translation>Reprendre toutes les modifications en attente dans le brouillon</translation>
    </message>
    <message>
        <source>Accept All but &amp;Flagged</source>
        <translation>Tout accepter sauf les &amp;signalées</translation>
    </message>
    <message>
        <source>Take every pending change without a flag into the draft; flagged ones stay pending</source>
        <translation>Reprendre dans le brouillon chaque modification en attente non signalée&#xa0;; les signalées restent en attente</translation>
    </message>
    <message>
        <source>Re&amp;ject All Changes</source>
        <translation>Refuser to&amp;utes les modifications</translation>
    </message>
    <message>
        <source>Keep the draft as it is and drop every pending change</source>
        <translation>Garder le brouillon tel quel et abandonner toutes les modifications en attente</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check grammar, spelling and style in both texts</source>
        <translation>Vérifier la grammaire, l’orthographe et le style des deux textes</translation>
    </message>
    <message>
        <source>Next &amp;Finding</source>
        <translation>&amp;Remarque suivante</translation>
    </message>
    <message>
        <source>Go to the next grammar, spelling or style finding</source>
        <translation>Aller à la prochaine remarque de grammaire, d’orthographe ou de style</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <source>Show or hide the list of changes and findings</source>
        <translation>Afficher ou masquer la liste des modifications et des remarques</translation>
    </message>
    <message>
        <source>AI-Likeness &amp;Strips</source>
        <translation>&amp;Bandes de ressemblance à l’IA</translation>
    </message>
    <message>
        <source>Show how machine-like each sentence reads, beside each pane</source>
        <translation>Montrer, à côté de chaque volet, à quel point chaque phrase sonne machinale</translation>
    </message>
    <message>
        <source>S&amp;witch Pane</source>
        <translation>&amp;Changer de volet</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the other pane</source>
        <translation>Déplacer le focus du clavier vers l’autre volet</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Choose, import and configure local models</source>
        <translation>Choisir, importer et configurer les modèles locaux</translation>
    </message>
    <message>
        <source>&amp;Get Models…</source>
        <translation>&amp;Obtenir des modèles…</translation>
    </message>
    <message>
        <source>Download a recommended model, or import one you copied in</source>
        <translation>Télécharger un modèle recommandé, ou importer un modèle copié sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Restart Engine</source>
        <translation>&amp;Redémarrer le moteur</translation>
    </message>
    <message>
        <source>Stop and start the model engine again</source>
        <translation>Arrêter puis redémarrer le moteur du modèle</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Humanize Desktop</source>
        <translation>À &amp;propos de Humanize Desktop</translation>
    </message>
</context>
<context>
    <name>AlternativesDialog</name>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Other ways to say “%1”:</source>
        <translation>Autres façons de dire «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Alternative wordings</source>
        <translation>Autres formulations</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Question posée au modèle…</translation>
    </message>
    <message>
        <source>&amp;Use This Wording</source>
        <translation>&amp;Utiliser cette formulation</translation>
    </message>
    <message>
        <source>The model found no other wording that keeps the meaning.</source>
        <translation>Le modèle n’a trouvé aucune autre formulation qui garde le sens.</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translation>Dans le texte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Settings</source>
        <extracomment>How often Python switches threads. The window&apos;s code needs the interpreter lock for every paint and slot; with worker threads busy (checks, the rewrite) the default 5 ms wait per hand-over adds up to visible stalls, 1 ms does not. The reverse-DNS id of the desktop entry, AppStream file and icons (packaging/linux/): Wayland compositors and docks find the app&apos;s name and icon through it.</extracomment>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Some settings were ignored: %1</source>
        <translation>Certains réglages ont été ignorés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Models recommended for this app. Nothing is downloaded until you press Download: the app then fetches the model file from huggingface.co and nothing else. Your text never leaves this computer.</source>
        <extracomment>Column of the table that shows each model&apos;s download status. The person imported or downloaded a model and wants to see it in the first tab.</extracomment>
        <translation>Modèles recommandés pour cette application. Rien n’est téléchargé tant que vous n’appuyez pas sur Télécharger&#xa0;: l’application récupère alors le fichier du modèle sur huggingface.co, et rien d’autre. Votre texte ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Models you can download</source>
        <translation>Modèles téléchargeables</translation>
    </message>
    <message>
        <source>Fit for this computer</source>
        <translation>Adéquation à cet ordinateur</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Discard &amp;Unfinished Download</source>
        <translation>&amp;Supprimer le téléchargement inachevé</translation>
    </message>
    <message>
        <source>Use This &amp;Model</source>
        <translation>Utiliser ce &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Import GGUF…</source>
        <translation>&amp;Importer un GGUF…</translation>
    </message>
    <message>
        <source>Without internet: copy a .gguf file in from a USB stick or another folder</source>
        <translation>Sans internet&#xa0;: copiez un fichier .gguf depuis une clé USB ou un autre dossier</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Convient</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Too big</source>
        <translation>Trop gros</translation>
    </message>
    <message>
        <source>Approximate size</source>
        <translation>Taille approximative</translation>
    </message>
    <message>
        <source>Checking the unfinished download…</source>
        <translation>Vérification du téléchargement inachevé…</translation>
    </message>
    <message>
        <source>Downloading: %1%</source>
        <translation>Téléchargement&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Downloaded, verified</source>
        <translation>Téléchargé, vérifié</translation>
    </message>
    <message>
        <source>Downloaded, cannot verify</source>
        <translation>Téléchargé, vérification impossible</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unfinished: %1 of %2</source>
        <translation>Inachevé&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non téléchargé</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Lecture du catalogue…</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Licence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>&amp;Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Download (%1)</source>
        <translation>&amp;Télécharger (%1)</translation>
    </message>
    <message>
        <source>Checking the unfinished download: %1 of %2</source>
        <translation>Vérification du téléchargement inachevé&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · about %1 min left</source>
        <translation> · environ %1 min restantes</translation>
    </message>
    <message>
        <source> · less than a minute left</source>
        <translation> · moins d’une minute restante</translation>
    </message>
    <message>
        <source>Verified: the file&apos;s SHA-256 matches the catalog. %1</source>
        <translation>Vérifié&#xa0;: l’empreinte SHA-256 du fichier correspond au catalogue. %1</translation>
    </message>
    <message>
        <source>Cannot verify: the catalog publishes no checksum for this file. %1</source>
        <translation>Vérification impossible&#xa0;: le catalogue ne publie aucune somme de contrôle pour ce fichier. %1</translation>
    </message>
    <message>
        <source>On this computer; choose it in the model picker or with Use This Model.</source>
        <translation>Sur cet ordinateur&#xa0;; choisissez-le dans le sélecteur de modèle ou avec «&#xa0;Utiliser ce modèle&#xa0;».</translation>
    </message>
    <message>
        <source>An unfinished download is kept; Resume continues where it stopped.</source>
        <translation>Un téléchargement inachevé est conservé&#xa0;; Reprendre continue là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The catalog publishes no checksum for this file, so the download cannot be verified.</source>
        <translation>Le catalogue ne publie aucune somme de contrôle pour ce fichier, le téléchargement ne pourra donc pas être vérifié.</translation>
    </message>
</context>
<context>
    <name>ChangeDelegate</name>
    <message>
        <source>Addition</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
</context>
<context>
    <name>ChangePopup</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Take the suggestion into the draft (Alt+Left)</source>
        <translation>Reprendre la suggestion dans le brouillon (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s text (Alt+Right)</source>
        <translation>Garder le texte du brouillon (Alt+Droite)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Write your own version of this change (F2)</source>
        <translation>Écrire votre propre version de cette modification (F2)</translation>
    </message>
    <message>
        <source>Alternatives…</source>
        <translation>Alternatives…</translation>
    </message>
    <message>
        <source>Ask the model for other wordings</source>
        <translation>Demander au modèle d’autres formulations</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Fact changed</source>
        <extracomment>What the flags of a change are, cheaply (for the row picture cache): no words, no translation. &quot;Rule: …&quot; / &quot;Model: …&quot;: where the change came from and why, in the interface language (&quot;&quot; if unknown). Row pictures kept by the delegate (a screenful is about 20).</extracomment>
        <translation>Fait modifié</translation>
    </message>
    <message>
        <source>Negation</source>
        <translation>Négation</translation>
    </message>
    <message>
        <source>Certainty changed</source>
        <translation>Degré de certitude modifié</translation>
    </message>
    <message>
        <source>Protected term</source>
        <translation>Terme protégé</translation>
    </message>
    <message>
        <source>Structure changed</source>
        <translation>Structure modifiée</translation>
    </message>
    <message>
        <source>Meaning drift</source>
        <translation>Glissement de sens</translation>
    </message>
    <message>
        <source>Error introduced</source>
        <translation>Erreur introduite</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>horizontal rule</source>
        <translation>ligne de séparation</translation>
    </message>
    <message>
        <source>emphasis</source>
        <translation>mise en valeur</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>code block</source>
        <translation>bloc de code</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>Structure changed: %1</source>
        <translation>Structure modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add “%s”</source>
        <translation>Ajouter «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%s”</source>
        <translation>Supprimer «&#xa0;%s&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” to “%2”</source>
        <translation>«&#xa0;%1&#xa0;» devient «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Draft: %1
Suggestion: %2</source>
        <translation>Brouillon&#xa0;: %1
Suggestion&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Pending changes</source>
        <extracomment>A decided change was clicked: its place in the draft (start, end).</extracomment>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Decided changes</source>
        <translation>Modifications tranchées</translation>
    </message>
    <message>
        <source>Changes still to decide</source>
        <translation>Modifications encore à trancher</translation>
    </message>
    <message>
        <source>Changes you accepted, rejected or reworded; click one to see it in the text</source>
        <translation>Modifications acceptées, refusées ou reformulées par vous&#xa0;; cliquez-en une pour la voir dans le texte</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>En attente (%1)</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Tranchées (%1)</translation>
    </message>
    <message>
        <source>Decisions made: %1. Click one to see where it is in the text.</source>
        <translation>Décisions prises&#xa0;: %1. Cliquez sur l’une d’elles pour voir où elle se trouve dans le texte.</translation>
    </message>
    <message>
        <source>Nothing decided yet. Accepted, rejected and reworded changes are listed here.</source>
        <translation>Rien n’est encore tranché. Les modifications acceptées, refusées et reformulées s’afficheront ici.</translation>
    </message>
    <message>
        <source>Humanizing… Changes appear here as paragraphs are rewritten.</source>
        <translation>Humanisation en cours… Les modifications apparaissent ici à mesure que les paragraphes sont réécrits.</translation>
    </message>
    <message>
        <source>No suggestion yet. Humanize the draft to see changes here.</source>
        <translation>Pas encore de suggestion. Humanisez le brouillon pour voir les modifications ici.</translation>
    </message>
    <message>
        <source>Humanizing… Pending changes so far: %1</source>
        <translation>Humanisation en cours… Modifications en attente jusqu’ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>No differences: the suggestion says the same as the draft.</source>
        <translation>Aucune différence&#xa0;: la suggestion dit la même chose que le brouillon.</translation>
    </message>
    <message>
        <source>All changes decided. Decisions made: %1.</source>
        <translation>Toutes les modifications sont tranchées. Décisions prises&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Modifications en attente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChecksUi</name>
    <message>
        <source>AI-likeness %1</source>
        <translation>Ressemblance à l’IA %1</translation>
    </message>
    <message>
        <source>Average of the sentence strip beside this pane: 0 reads like a person, 1 machine-made. A signal, not a verdict.</source>
        <translation>Moyenne de la bande de phrases à côté de ce volet&#xa0;: 0 sonne humain, 1 machinal. Un indice, pas un verdict.</translation>
    </message>
    <message>
        <source>Language: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Langue&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading grade: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Niveau de lecture&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI-likeness: draft &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Ressemblance à l’IA&#xa0;: brouillon &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI-likeness of the draft: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ressemblance à l’IA du brouillon&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checks run as you type. Press F7 to check now.</source>
        <translation>Les vérifications se font pendant la saisie. Appuyez sur F7 pour vérifier tout de suite.</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>chaleureux</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>formel</translation>
    </message>
    <message>
        <source>curt</source>
        <translation>sec</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>Tone: draft &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Ton&#x202f;: brouillon &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Formality %1 → %2, sentiment %3 → %4</source>
        <translation>Formalité %1 → %2, sentiment %3 → %4</translation>
    </message>
    <message>
        <source>Draft %1&lt;br&gt;Suggestion %2</source>
        <translation>Brouillon %1&lt;br&gt;Suggestion %2</translation>
    </message>
    <message>
        <source>Tone of the draft: &lt;b&gt;%1&lt;/b&gt; (formality %2, sentiment %3)</source>
        <translation>Ton du brouillon&#x202f;: &lt;b&gt;%1&lt;/b&gt; (formalité %2, sentiment %3)</translation>
    </message>
    <message>
        <source>(remove)</source>
        <translation>(supprimer)</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Remplacer par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>ConnectorBand</name>
    <message>
        <source>Change links</source>
        <translation>Liens entre les modifications</translation>
    </message>
    <message>
        <source>Accept this change</source>
        <translation>Accepter cette modification</translation>
    </message>
    <message>
        <source>Reject this change</source>
        <translation>Refuser cette modification</translation>
    </message>
    <message>
        <source>Show this change</source>
        <translation>Afficher cette modification</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Dashes are frequent in this text ({rate} per 1,000 words); machine prose overuses them. A comma, colon or full stop often reads better.</source>
        <translation>Les tirets sont fréquents dans ce texte ({rate} pour 1 000 mots)&#x202f;; les textes écrits par une machine en abusent. Une virgule, un deux-points ou un point se lit souvent mieux.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is common in machine-written text; it can usually go.</source>
        <translation>«&#x202f;{phrase}&#x202f;» est courant dans les textes écrits par une machine&#x202f;; on peut généralement le supprimer.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is common in machine-written text; plainer: {alternatives}.</source>
        <translation>«&#x202f;{phrase}&#x202f;» est courant dans les textes écrits par une machine&#x202f;; plus simple&#x202f;: {alternatives}.</translation>
    </message>
    <message>
        <source>{count} lists of three in one paragraph (&apos;{phrase}&apos;); machine prose leans on the rule of three, so keep the items that matter.</source>
        <translation>{count} énumérations de trois dans un paragraphe («&#x202f;{phrase}&#x202f;»)&#x202f;; les textes écrits par une machine abusent de la règle de trois, gardez les éléments qui comptent.</translation>
    </message>
    <message>
        <source>These {count} sentences are all about the same length ({shortest}–{longest} words); varying the rhythm reads more naturally.</source>
        <translation>Ces {count} phrases ont toutes à peu près la même longueur ({shortest}–{longest} mots)&#x202f;; varier le rythme se lit plus naturellement.</translation>
    </message>
    <message>
        <source>{name}: only the body text is used; {parts} left as {as_is}</source>
        <translation>{name}&#xa0;: seul le corps du texte est utilisé&#xa0;; {parts} restent tels quels</translation>
    </message>
    <message>
        <source>{path} is saved as a new Word file without the original&apos;s formatting: {problem}</source>
        <translation>{path} est enregistré comme nouveau fichier Word, sans la mise en forme de l’original&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path} is written as UTF-8: the text has characters that {encoding} cannot store</source>
        <translation>{path} est enregistré en UTF-8&#xa0;: le texte contient des caractères que {encoding} ne peut pas stocker</translation>
    </message>
    <message>
        <source>{name} has tracked changes: the text is shown with them accepted; saving keeps them, and your edits are saved as plain text</source>
        <translation>{name} contient des modifications suivies&#xa0;: le texte est affiché comme si elles étaient acceptées&#xa0;; l’enregistrement les conserve, et vos modifications sont enregistrées comme texte ordinaire</translation>
    </message>
    <message>
        <source>{count} control characters that a Word file cannot hold are left out</source>
        <translation>{count} caractères de contrôle qu’un fichier Word ne peut pas contenir sont omis</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: “{words}” is a field Word fills in ({field}); your change to it lasts only until Word updates its fields</source>
        <translation>paragraphe {paragraph}&#xa0;: «&#xa0;{words}&#xa0;» est un champ que Word remplit ({field})&#xa0;; votre modification ne dure que jusqu’à ce que Word mette à jour ses champs</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: the field “{words}” ({field}) is removed, because all its words are</source>
        <translation>paragraphe {paragraph}&#xa0;: le champ «&#xa0;{words}&#xa0;» ({field}) est supprimé, car tous ses mots le sont</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: the link on “{words}” is removed, because all its words are</source>
        <translation>paragraphe {paragraph}&#xa0;: le lien sur «&#xa0;{words}&#xa0;» est supprimé, car tous ses mots le sont</translation>
    </message>
    <message>
        <source>paragraph {paragraph} (“{words}”) is removed, and with it its {parts}</source>
        <translation>le paragraphe {paragraph} («&#xa0;{words}&#xa0;») est supprimé, et avec lui ses {parts}</translation>
    </message>
    <message>
        <source>paragraph {paragraph} has tracked changes: they are kept, but your edits there are saved as plain text, not as tracked changes</source>
        <translation>le paragraphe {paragraph} contient des modifications suivies&#xa0;: elles sont conservées, mais vos modifications y sont enregistrées comme texte ordinaire, pas comme modifications suivies</translation>
    </message>
    <message>
        <source>a clause of the draft is missing here: &apos;{clause}&apos;</source>
        <translation>il manque ici une proposition du brouillon&#xa0;: «&#xa0;{clause}&#xa0;»</translation>
    </message>
    <message>
        <source>a sentence of the draft is missing: &apos;{sentence}&apos;</source>
        <translation>une phrase du brouillon manque&#xa0;: «&#xa0;{sentence}&#xa0;»</translation>
    </message>
    <message>
        <source>words that carry the draft&apos;s meaning are missing: {words}</source>
        <translation>des mots qui portent le sens du brouillon manquent&#xa0;: {words}</translation>
    </message>
    <message>
        <source>the suggestion adds something the draft does not say: &apos;{words}&apos;</source>
        <translation>la suggestion ajoute quelque chose que le brouillon ne dit pas&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>the suggestion uses words the draft has no counterpart for: {words}</source>
        <translation>la suggestion emploie des mots sans équivalent dans le brouillon&#xa0;: {words}</translation>
    </message>
    <message>
        <source>the scope changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>la portée a changé&#xa0;: «&#xa0;{before}&#xa0;» est devenu «&#xa0;{after}&#xa0;»</translation>
    </message>
    <message>
        <source>the scope changed: &apos;{after}&apos; was added</source>
        <translation>la portée a changé&#xa0;: «&#xa0;{after}&#xa0;» a été ajouté</translation>
    </message>
    <message>
        <source>the scope widened: &apos;{before}&apos; was dropped</source>
        <translation>la portée s’est élargie&#xa0;: «&#xa0;{before}&#xa0;» a été supprimé</translation>
    </message>
    <message>
        <source>who does what changed: &apos;{first}&apos; and &apos;{second}&apos; swapped places around &apos;{verb}&apos;</source>
        <translation>qui fait quoi a changé&#xa0;: «&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» ont échangé leur place autour de «&#xa0;{verb}&#xa0;»</translation>
    </message>
    <message>
        <source>the subject changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>le sujet a changé&#xa0;: «&#xa0;{before}&#xa0;» est devenu «&#xa0;{after}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{pronoun}&apos; was left out, so &apos;{clause}&apos; now reads as said of &apos;{after}&apos;</source>
        <translation>«&#xa0;{pronoun}&#xa0;» a été omis&#xa0;: «&#xa0;{clause}&#xa0;» se rapporte désormais à «&#xa0;{after}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{bad}&apos; looks like garbled text (mojibake: text decoded with the wrong encoding); it probably should read &apos;{good}&apos;.</source>
        <translation>«&#x202f;{bad}&#x202f;» ressemble à du texte brouillé (mojibake&#x202f;: texte décodé avec le mauvais encodage)&#x202f;; il faut sans doute lire «&#x202f;{good}&#x202f;».</translation>
    </message>
    <message>
        <source>Spacing or punctuation tidied when the rewrite was cleaned up.</source>
        <translation>Espaces ou ponctuation remis en ordre lors du nettoyage de la réécriture.</translation>
    </message>
    <message>
        <source>The model rewrote the paragraph in the chosen style; its facts were checked.</source>
        <translation>Le modèle a réécrit le paragraphe dans le style choisi&#xa0;; ses faits ont été vérifiés.</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; added</source>
        <translation>«&#xa0;{what}&#xa0;» ajouté</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>«&#xa0;{before}&#xa0;» est devenu «&#xa0;{after}&#xa0;»</translation>
    </message>
    <message>
        <source>{kind} finding introduced: &apos;{text}&apos;: {explanation}</source>
        <translation>constat {kind} introduit&#xa0;: «&#xa0;{text}&#xa0;»&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>grammar error introduced: &apos;{text}&apos;: {explanation}</source>
        <translation>erreur de grammaire introduite&#xa0;: «&#xa0;{text}&#xa0;»&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>negation added: {words}</source>
        <translation>négation ajoutée&#xa0;: {words}</translation>
    </message>
    <message>
        <source>negation removed: {words}</source>
        <translation>négation supprimée&#xa0;: {words}</translation>
    </message>
    <message>
        <source>protected term &apos;{term}&apos; removed or altered</source>
        <translation>terme protégé «&#xa0;{term}&#xa0;» supprimé ou modifié</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; removed</source>
        <translation>«&#xa0;{what}&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>spelling error introduced: &apos;{text}&apos;</source>
        <translation>faute d’orthographe introduite&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>spelling error introduced: &apos;{text}&apos; (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>faute d’orthographe introduite&#xa0;: «&#xa0;{text}&#xa0;» (vouliez-vous dire «&#xa0;{suggestion}&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos; (stronger)</source>
        <translation>«&#xa0;{before}&#xa0;» est devenu «&#xa0;{after}&#xa0;» (plus fort)</translation>
    </message>
    <message>
        <source>Markdown {kinds} changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>Markdown ({kinds}) modifié&#xa0;: «&#xa0;{before}&#xa0;» est devenu «&#xa0;{after}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos; (weaker)</source>
        <translation>«&#xa0;{before}&#xa0;» est devenu «&#xa0;{after}&#xa0;» (plus faible)</translation>
    </message>
    <message>
        <source>the rewrite altered a fact ({fact})</source>
        <translation>la réécriture a modifié un fait ({fact})</translation>
    </message>
    <message>
        <source>it changed {share:.0%} of the words; light edits allow {allowed:.0%}</source>
        <translation>elle a changé {share:.0%} des mots&#xa0;; les retouches légères en permettent {allowed:.0%}</translation>
    </message>
    <message>
        <source>the answer talked about the rewrite instead of giving it (“{phrase}”)</source>
        <translation>la réponse a parlé de la réécriture au lieu de la donner («&#xa0;{phrase}&#xa0;»)</translation>
    </message>
    <message>
        <source>the answer copied the instructions or examples (“{phrase}”)</source>
        <translation>la réponse a recopié les consignes ou les exemples («&#xa0;{phrase}&#xa0;»)</translation>
    </message>
    <message>
        <source>the model&apos;s answer was cut off</source>
        <translation>la réponse du modèle a été coupée</translation>
    </message>
    <message>
        <source>the rewrite drifted away from what the draft says</source>
        <translation>la réécriture s’est éloignée de ce que dit le brouillon</translation>
    </message>
    <message>
        <source>the answer repeated the instructions (“{phrase}”)</source>
        <translation>la réponse a répété les consignes («&#xa0;{phrase}&#xa0;»)</translation>
    </message>
    <message>
        <source>the model returned no text</source>
        <translation>le modèle n’a renvoyé aucun texte</translation>
    </message>
    <message>
        <source>the rewrite changed what the heading says</source>
        <translation>la réécriture a changé ce que dit le titre</translation>
    </message>
    <message>
        <source>the rewrite made the heading much longer ({words} words instead of {draft_words})</source>
        <translation>la réécriture a beaucoup allongé le titre ({words} mots au lieu de {draft_words})</translation>
    </message>
    <message>
        <source>the rewrite turned the heading into a sentence</source>
        <translation>la réécriture a transformé le titre en phrase</translation>
    </message>
    <message>
        <source>the rewrite came back in another language ({found} instead of {expected})</source>
        <translation>la réécriture est revenue dans une autre langue ({found} au lieu de {expected})</translation>
    </message>
    <message>
        <source>the rewrite left out a sentence (“{sentence}”)</source>
        <translation>la réécriture a omis une phrase («&#xa0;{sentence}&#xa0;»)</translation>
    </message>
    <message>
        <source>the rewrite was much longer than the draft ({words} words instead of {draft_words})</source>
        <translation>la réécriture était beaucoup plus longue que le brouillon ({words} mots au lieu de {draft_words})</translation>
    </message>
    <message>
        <source>the model repeated itself (“{phrase}”)</source>
        <translation>le modèle s’est répété («&#xa0;{phrase}&#xa0;»)</translation>
    </message>
    <message>
        <source>the rewrite added the number {number}, which the draft does not have</source>
        <translation>la réécriture a ajouté le nombre {number}, absent du brouillon</translation>
    </message>
    <message>
        <source>the number {number} was changed or dropped</source>
        <translation>le nombre {number} a été modifié ou supprimé</translation>
    </message>
    <message>
        <source>the protected term “{term}” was changed</source>
        <translation>le terme protégé «&#xa0;{term}&#xa0;» a été modifié</translation>
    </message>
    <message>
        <source>the rewrite was much shorter than the draft ({words} words instead of {draft_words})</source>
        <translation>la réécriture était beaucoup plus courte que le brouillon ({words} mots au lieu de {draft_words})</translation>
    </message>
    <message>
        <source>the rewrite added “{text}”, which the draft does not have</source>
        <translation>la réécriture a ajouté «&#xa0;{text}&#xa0;», absent du brouillon</translation>
    </message>
    <message>
        <source>“{text}” was changed</source>
        <translation>«&#xa0;{text}&#xa0;» a été modifié</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is chat-assistant boilerplate left in the text.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est une formule d’assistant conversationnel restée dans le texte.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written e-mails.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est une formule toute faite des e-mails écrits par une machine.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; takes more words than the plain one needs.</source>
        <translation>«&#xa0;{phrase}&#xa0;» prend plus de mots que la forme simple.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est une formule toute faite des textes écrits par une machine.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces the news instead of giving it; the excitement adds nothing.</source>
        <translation>«&#xa0;{phrase}&#xa0;» annonce la nouvelle au lieu de la donner&#xa0;; l’enthousiasme n’ajoute rien.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces a point instead of making it; say the thing itself.</source>
        <translation>«&#xa0;{phrase}&#xa0;» annonce une idée au lieu de l’exprimer&#xa0;; dites la chose elle-même.</translation>
    </message>
    <message>
        <source>&apos;It&apos;s not just X, it&apos;s Y&apos; is a stock contrast of machine-written text; state the point directly.</source>
        <translation>«&#xa0;Ce n’est pas seulement X, c’est Y&#xa0;» est une opposition toute faite des textes écrits par une machine&#xa0;; dites-le directement.</translation>
    </message>
    <message>
        <source>&apos;Not only … but also&apos; is a stock frame of machine-written text; say both things plainly.</source>
        <translation>«&#xa0;Non seulement … mais aussi&#xa0;» est une tournure toute faite des textes écrits par une machine&#xa0;; dites simplement les deux choses.</translation>
    </message>
    <message>
        <source>&apos;Whether you&apos;re a … or a …&apos; is a stock opener of machine-written text; address the reader you have.</source>
        <translation>«&#xa0;Que vous soyez … ou …&#xa0;» est une entrée en matière toute faite des textes écrits par une machine&#xa0;; adressez-vous au lecteur que vous avez.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hedges the claim; machine-written text hedges more than people do.</source>
        <translation>«&#xa0;{phrase}&#xa0;» atténue l’affirmation&#xa0;; les textes écrits par une machine nuancent plus que les gens.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hedges twice; one hedge is enough.</source>
        <translation>«&#xa0;{phrase}&#xa0;» nuance deux fois&#xa0;; une seule fois suffit.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is an empty intensifier; the word after it is stronger alone.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est un intensif vide&#xa0;; le mot qui suit est plus fort seul.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses; the verb works without it.</source>
        <translation>«&#xa0;{phrase}&#xa0;» fait partie des mots dont les textes écrits par une machine abusent&#xa0;; le verbe fonctionne sans lui.</translation>
    </message>
    <message>
        <source>kept the draft: {reason}</source>
        <translation>brouillon conservé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hides the action in a noun; the verb says it directly.</source>
        <translation>«&#xa0;{phrase}&#xa0;» cache l’action dans un nom&#xa0;; le verbe la dit directement.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock sentence opener of machine-written text.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est un début de phrase tout fait des textes écrits par une machine.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock scene-setter of machine-written text; it says nothing about the subject.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est une mise en scène toute faite des textes écrits par une machine&#xa0;; elle ne dit rien du sujet.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces the ending; readers know when a text ends, so the formula reads like a template.</source>
        <translation>«&#xa0;{phrase}&#xa0;» annonce la fin&#xa0;; le lecteur sait quand un texte se termine, la formule sonne donc comme un modèle.</translation>
    </message>
    <message>
        <source>Your own rule, learned from your edits: “{phrase}” becomes “{fix}”.</source>
        <translation>Votre propre règle, apprise de vos modifications&#x202f;: «&#x202f;{phrase}&#x202f;» devient «&#x202f;{fix}&#x202f;».</translation>
    </message>
    <message>
        <source>rule fixes applied; the model&apos;s rewrite was not used: {reason}</source>
        <translation>corrections par règles appliquées&#xa0;; la réécriture du modèle n’a pas été utilisée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses.</source>
        <translation>«&#xa0;{phrase}&#xa0;» fait partie des mots dont les textes écrits par une machine abusent.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text; say what the thing does.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est une formule toute faite des textes écrits par une machine&#xa0;; dites ce que fait la chose.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words most typical of machine-written text.</source>
        <translation>«&#xa0;{phrase}&#xa0;» fait partie des mots les plus typiques des textes écrits par une machine.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses; &apos;use&apos; says the same.</source>
        <translation>«&#xa0;{phrase}&#xa0;» fait partie des mots dont les textes écrits par une machine abusent&#xa0;; «&#xa0;use&#xa0;» dit la même chose.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text; say what it shows.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est une formule toute faite des textes écrits par une machine&#xa0;; dites ce que cela montre.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock opener of machine-written text; address the reader you have.</source>
        <translation>«&#xa0;{phrase}&#xa0;» est une entrée en matière toute faite des textes écrits par une machine&#xa0;; adressez-vous au lecteur que vous avez.</translation>
    </message>
    <message>
        <source>This sentence is long enough to lose the reader; it reads better split in two.</source>
        <translation>Cette phrase est assez longue pour perdre le lecteur&#xa0;; elle se lit mieux en deux.</translation>
    </message>
    <message>
        <source>This sentence piles up passive constructions; saying who does what reads more directly.</source>
        <translation>Cette phrase accumule les tournures passives&#xa0;; dire qui fait quoi se lit plus directement.</translation>
    </message>
    <message>
        <source>Several sentences of this paragraph open with &apos;{phrase}&apos;; varying the openers reads more naturally.</source>
        <translation>Plusieurs phrases de ce paragraphe commencent par «&#xa0;{phrase}&#xa0;»&#xa0;; varier les débuts se lit plus naturellement.</translation>
    </message>
    <message>
        <source>Lists of three pile up in this paragraph; machine-written text leans on the rule of three.</source>
        <translation>Les énumérations de trois s’accumulent dans ce paragraphe&#xa0;; les textes écrits par une machine abusent de la règle de trois.</translation>
    </message>
    <message>
        <source>The sentences of this paragraph are all about the same length; splitting the longest one varies the rhythm.</source>
        <translation>Les phrases de ce paragraphe ont toutes à peu près la même longueur&#xa0;; couper la plus longue varie le rythme.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” uses contractions: “{phrase}” → “{fix}”.</source>
        <translation>Votre voix «&#x202f;{voice}&#x202f;» utilise des contractions&#x202f;: «&#x202f;{phrase}&#x202f;» → «&#x202f;{fix}&#x202f;».</translation>
    </message>
    <message>
        <source>Your voice “{voice}” writes words out: “{phrase}” → “{fix}”.</source>
        <translation>Votre voix «&#x202f;{voice}&#x202f;» écrit les mots en entier&#x202f;: «&#x202f;{phrase}&#x202f;» → «&#x202f;{fix}&#x202f;».</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has longer sentences (about {words} words): joined.</source>
        <translation>Votre voix «&#x202f;{voice}&#x202f;» a des phrases plus longues (environ {words} mots)&#x202f;: réunies.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” uses no semicolons: two sentences instead.</source>
        <translation>Votre voix «&#x202f;{voice}&#x202f;» n’utilise pas de point-virgule&#x202f;: deux phrases à la place.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has shorter sentences (about {words} words): the model split this one.</source>
        <translation>Votre voix «&#x202f;{voice}&#x202f;» a des phrases plus courtes (environ {words} mots)&#x202f;: le modèle a coupé celle-ci.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” spells it “{fix}”.</source>
        <translation>Votre voix «&#x202f;{voice}&#x202f;» l’écrit «&#x202f;{fix}&#x202f;».</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has shorter sentences (about {words} words): split in two.</source>
        <translation>Votre voix «&#x202f;{voice}&#x202f;» a des phrases plus courtes (environ {words} mots)&#x202f;: coupée en deux.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; may not speak to everyone in a mixed audience; {alternatives} does.</source>
        <translation>«&#xa0;{term}&#xa0;» ne parle peut-être pas à tout le monde dans un public mixte&#xa0;; {alternatives}, si.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; can read as dismissive of disabled people; {alternatives} is plainer.</source>
        <translation>«&#xa0;{term}&#xa0;» peut sembler méprisant envers les personnes handicapées&#xa0;; {alternatives} est plus simple.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is gendered; a neutral word such as {alternatives} includes everyone.</source>
        <translation>«&#xa0;{term}&#xa0;» est genré&#xa0;; un mot neutre comme {alternatives} inclut tout le monde.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; uses the masculine form for a mixed group; {alternatives} includes everyone.</source>
        <translation>«&#xa0;{term}&#xa0;» emploie le masculin pour un groupe mixte&#xa0;; {alternatives} inclut tout le monde.</translation>
    </message>
    <message>
        <source>Consider {alternatives} instead of &apos;{term}&apos;.</source>
        <translation>Envisagez {alternatives} au lieu de «&#xa0;{term}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; can read as setting people apart; {alternatives} is more neutral.</source>
        <translation>«&#xa0;{term}&#xa0;» peut sembler mettre des personnes à part&#xa0;; {alternatives} est plus neutre.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos;: {reason} Consider {alternatives}.</source>
        <translation>«&#xa0;{term}&#xa0;»&#xa0;: {reason} Envisagez {alternatives}.</translation>
    </message>
    <message>
        <source>An accepted rewrite is shown to the model as an example for similar {language} paragraphs: “{before}” → “{after}”.</source>
        <translation>Une reformulation acceptée est montrée au modèle comme exemple pour des paragraphes semblables ({language})&#x202f;: «&#x202f;{before}&#x202f;» → «&#x202f;{after}&#x202f;».</translation>
    </message>
    <message>
        <source>What Humanize Desktop learned from your decisions could not be read ({reason}), so it starts learning afresh. The old file is kept as {aside}.</source>
        <translation>Ce que Humanize Desktop a appris de vos décisions n’a pas pu être lu ({reason})&#x202f;; l’apprentissage recommence donc. L’ancien fichier est conservé sous {aside}.</translation>
    </message>
    <message>
        <source>You replaced “{before}” with “{after}” {count} times, so that is now your own rule for {language} text.</source>
        <translation>Vous avez remplacé «&#x202f;{before}&#x202f;» par «&#x202f;{after}&#x202f;» {count} fois&#x202f;: c’est désormais votre propre règle pour les textes en {language}.</translation>
    </message>
    <message>
        <source>You kept “{term}” as written {count} times: suggested as a protected term.</source>
        <translation>Vous avez gardé «&#x202f;{term}&#x202f;» tel quel {count} fois&#x202f;: proposé comme terme protégé.</translation>
    </message>
    <message>
        <source>“{term}” is a protected term: you kept it as written {count} times.</source>
        <translation>«&#x202f;{term}&#x202f;» est un terme protégé&#x202f;: vous l’avez gardé tel quel {count} fois.</translation>
    </message>
    <message>
        <source>You rejected {rejected} of {total} changes by the rule {rule} (such as “{before}” → “{after}”) in {language} text with the {style} style, so it is no longer applied there.</source>
        <translation>Vous avez refusé {rejected} des {total} modifications de la règle {rule} (par exemple «&#x202f;{before}&#x202f;» → «&#x202f;{after}&#x202f;») dans des textes en {language} avec le style {style}&#x202f;: elle n’y est plus appliquée.</translation>
    </message>
    <message>
        <source>What Humanize Desktop learned from your decisions could not be read from {path} ({reason}); learning is off until that is fixed, and the file is not saved over.</source>
        <translation>Ce que Humanize Desktop a appris de vos décisions n’a pas pu être lu dans {path} ({reason})&#x202f;; l’apprentissage est désactivé jusqu’à ce que ce soit réglé, et le fichier n’est pas écrasé.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; could mean {first} or {second}, depending on the reader&apos;s country; write it so only one reading is possible.</source>
        <translation>«&#xa0;{term}&#xa0;» peut signifier {first} ou {second} selon le pays du lecteur&#xa0;; écrivez-le sans ambiguïté.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not how {language} text writes dates: &apos;{suggestion}&apos;.</source>
        <translation>«&#xa0;{term}&#xa0;» n’est pas la façon dont un texte en {language} écrit les dates&#xa0;: «&#xa0;{suggestion}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; puts the {first_part} first, which {language} readers do not expect: &apos;{suggestion}&apos;.</source>
        <translation>«&#xa0;{term}&#xa0;» met {first_part} en premier, ce que les lecteurs en {language} n’attendent pas&#xa0;: «&#xa0;{suggestion}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is written the way other languages write numbers; in {language} text: &apos;{suggestion}&apos;.</source>
        <translation>«&#xa0;{term}&#xa0;» est écrit comme d’autres langues écrivent les nombres&#xa0;; dans un texte en {language}&#xa0;: «&#xa0;{suggestion}&#xa0;».</translation>
    </message>
    <message>
        <source>{language} text puts quotations in {expected}, not {found}.</source>
        <translation>un texte en {language} met les citations entre {expected}, pas entre {found}.</translation>
    </message>
    <message>
        <source>the file marks the unit as final</source>
        <translation>le fichier marque l’unité comme finale</translation>
    </message>
    <message>
        <source>the model changed or dropped an inline tag or placeholder</source>
        <translation>le modèle a modifié ou supprimé une balise ou une variable</translation>
    </message>
    <message>
        <source>the polish may change the meaning: {detail}</source>
        <translation>l’amélioration pourrait changer le sens&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the unit has no translation to polish</source>
        <translation>l’unité n’a pas de traduction à améliorer</translation>
    </message>
    <message>
        <source>the polish brought a new {kind} problem: {message}</source>
        <translation>l’amélioration a introduit un nouveau problème ({kind})&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The date {target} is not the source&apos;s {source}</source>
        <translation>La date {target} n’est pas celle de la source ({source})</translation>
    </message>
    <message>
        <source>The date {date} is not in the source</source>
        <translation>La date {date} n’est pas dans la source</translation>
    </message>
    <message>
        <source>The date {date} in the source is not in the target</source>
        <translation>La date {date} de la source manque dans la cible</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>The same target translates a different source in unit {other}</source>
        <translation>La même cible traduit une autre source dans l’unité {other}</translation>
    </message>
    <message>
        <source>The same source is translated differently in unit {other}</source>
        <translation>La même source est traduite autrement dans l’unité {other}</translation>
    </message>
    <message>
        <source>The target looks like {found}, not {expected}</source>
        <translation>La cible semble être en {found}, pas en {expected}</translation>
    </message>
    <message>
        <source>The target has {length} characters; the file allows {limit}</source>
        <translation>La cible a {length} caractères&#xa0;; le fichier en permet {limit}</translation>
    </message>
    <message>
        <source>The target is {ratio} times as long as the source</source>
        <translation>La cible est {ratio} fois plus longue que la source</translation>
    </message>
    <message>
        <source>{target} should be {expected} (the source says {source})</source>
        <translation>{target} devrait être {expected} (la source dit {source})</translation>
    </message>
    <message>
        <source>The number {number} is not in the source</source>
        <translation>Le nombre {number} n’est pas dans la source</translation>
    </message>
    <message>
        <source>{target} is written the source&apos;s way; in {language} it is {expected}</source>
        <translation>{target} est écrit comme dans la source&#xa0;; en {language}, c’est {expected}</translation>
    </message>
    <message>
        <source>The number {number} in the source is not in the target</source>
        <translation>Le nombre {number} de la source manque dans la cible</translation>
    </message>
    <message>
        <source>The placeholder {target} should be {source}</source>
        <translation>La variable {target} devrait être {source}</translation>
    </message>
    <message>
        <source>The placeholders {placeholder} are not in the source</source>
        <translation>Les variables {placeholder} ne sont pas dans la source</translation>
    </message>
    <message>
        <source>The placeholders {placeholder} are missing from the target</source>
        <translation>Les variables {placeholder} manquent dans la cible</translation>
    </message>
    <message>
        <source>The placeholders {placeholders} are in a different order than in the source</source>
        <translation>Les variables {placeholders} sont dans un autre ordre que dans la source</translation>
    </message>
    <message>
        <source>The source ends with &apos;{source}&apos; but the target ends with &apos;{target}&apos;</source>
        <translation>La source se termine par «&#xa0;{source}&#xa0;» mais la cible par «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <source>The target ends with &apos;{target}&apos; but the source has no final punctuation</source>
        <translation>La cible se termine par «&#xa0;{target}&#xa0;» mais la source n’a pas de ponctuation finale</translation>
    </message>
    <message>
        <source>The source ends with &apos;{source}&apos; but the target has no final punctuation</source>
        <translation>La source se termine par «&#xa0;{source}&#xa0;» mais la cible n’a pas de ponctuation finale</translation>
    </message>
    <message>
        <source>A {language} sentence ending in &apos;{closing}&apos; opens with &apos;{opening}&apos;</source>
        <translation>Une phrase en {language} qui se termine par «&#xa0;{closing}&#xa0;» commence par «&#xa0;{opening}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{quote}&apos; is not a quotation mark used in {language}</source>
        <translation>«&#xa0;{quote}&#xa0;» n’est pas un guillemet employé en {language}</translation>
    </message>
    <message>
        <source>{language} puts a no-break space after &apos;{mark}&apos;</source>
        <translation>En {language}, une espace insécable suit «&#xa0;{mark}&#xa0;»</translation>
    </message>
    <message>
        <source>{language} puts a no-break space before &apos;{mark}&apos;</source>
        <translation>En {language}, une espace insécable précède «&#xa0;{mark}&#xa0;»</translation>
    </message>
    <message>
        <source>Two spaces in a row</source>
        <translation>Deux espaces à la suite</translation>
    </message>
    <message>
        <source>The target&apos;s leading spaces differ from the source&apos;s</source>
        <translation>Les espaces au début de la cible diffèrent de ceux de la source</translation>
    </message>
    <message>
        <source>No space before &apos;{mark}&apos;</source>
        <translation>Pas d’espace avant «&#xa0;{mark}&#xa0;»</translation>
    </message>
    <message>
        <source>The target&apos;s trailing spaces differ from the source&apos;s</source>
        <translation>Les espaces à la fin de la cible diffèrent de ceux de la source</translation>
    </message>
    <message>
        <source>The tag {target} should be {source}</source>
        <translation>La balise {target} devrait être {source}</translation>
    </message>
    <message>
        <source>The tags {tag} are not in the source</source>
        <translation>Les balises {tag} ne sont pas dans la source</translation>
    </message>
    <message>
        <source>The tags {tag} are missing from the target</source>
        <translation>Les balises {tag} manquent dans la cible</translation>
    </message>
    <message>
        <source>The tags are in a different order than in the source</source>
        <translation>Les balises sont dans un autre ordre que dans la source</translation>
    </message>
    <message>
        <source>&apos;{found}&apos; is a forbidden translation of &apos;{term}&apos;; use &apos;{expected}&apos;</source>
        <translation>«&#xa0;{found}&#xa0;» est une traduction interdite de «&#xa0;{term}&#xa0;»&#xa0;; utilisez «&#xa0;{expected}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; must not be translated</source>
        <translation>«&#xa0;{term}&#xa0;» ne doit pas être traduit</translation>
    </message>
    <message>
        <source>The glossary term &apos;{term}&apos; should be translated as &apos;{expected}&apos;</source>
        <translation>Le terme du glossaire «&#xa0;{term}&#xa0;» devrait être traduit par «&#xa0;{expected}&#xa0;»</translation>
    </message>
    <message>
        <source>The unit has no translation</source>
        <translation>L’unité n’a pas de traduction</translation>
    </message>
    <message>
        <source>The target is in {language}, the source language</source>
        <translation>La cible est en {language}, la langue source</translation>
    </message>
    <message>
        <source>The target is the same as the source</source>
        <translation>La cible est identique à la source</translation>
    </message>
    <message>
        <source>The address {target} is not the source&apos;s {source}</source>
        <translation>L’adresse {target} n’est pas celle de la source ({source})</translation>
    </message>
    <message>
        <source>The address {address} is not in the source</source>
        <translation>L’adresse {address} n’est pas dans la source</translation>
    </message>
    <message>
        <source>The address {address} in the source is not in the target</source>
        <translation>L’adresse {address} de la source manque dans la cible</translation>
    </message>
    <message>
        <source>This sentence has {words} words; sentences over {limit} are hard to follow. Consider splitting it.</source>
        <translation>Cette phrase compte {words} mots&#x202f;; au-delà de {limit}, une phrase est difficile à suivre. Pensez à la couper.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; addresses the reader in the {form} form; the {norm} register was asked for.</source>
        <translation>«&#xa0;{term}&#xa0;» s’adresse au lecteur sous la forme {form}&#xa0;; le registre {norm} était demandé.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is a contraction; a formal text writes &apos;{full}&apos;.</source>
        <translation>«&#xa0;{term}&#xa0;» est une contraction&#xa0;; un texte formel écrit «&#xa0;{full}&#xa0;».</translation>
    </message>
    <message>
        <source>Mixed forms of address: this text mostly uses the {norm} form (&apos;{example}&apos;), but &apos;{term}&apos; is {form}.</source>
        <translation>Formes d’adresse mélangées&#xa0;: ce texte emploie surtout la forme {norm} («&#xa0;{example}&#xa0;»), mais «&#xa0;{term}&#xa0;» est {form}.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({reason}) and could not be renamed ({move_reason}), so Humanize Desktop uses default settings and will not save over it.</source>
        <translation>Le fichier de réglages {path} est endommagé ({reason}) et n’a pas pu être renommé ({move_reason})&#xa0;: Humanize Desktop utilise donc les réglages par défaut et n’écrira pas par-dessus.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}), so Humanize Desktop started with default settings. The old file is kept as {aside}; copy what you need from it into the settings.</source>
        <translation>Le fichier de réglages n’a pas pu être lu ({reason})&#xa0;: Humanize Desktop a démarré avec les réglages par défaut. L’ancien fichier est conservé sous le nom {aside}&#xa0;; reprenez-y ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}), so Humanize Desktop uses default settings and will not save over that file. Check its permissions.</source>
        <translation>Le fichier de réglages {path} n’a pas pu être lu ({reason})&#xa0;: Humanize Desktop utilise donc les réglages par défaut et n’écrira pas par-dessus ce fichier. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in the {dictionary} dictionary.</source>
        <translation>«&#x202f;{word}&#x202f;» ne figure pas dans le dictionnaire {dictionary}.</translation>
    </message>
    <message>
        <source>Precise, measured scholarly prose with careful claims.</source>
        <translation>Une prose savante, précise et mesurée, aux affirmations prudentes.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académique</translation>
    </message>
    <message>
        <source>Relaxed and conversational, as in a message to a colleague you know well.</source>
        <translation>Détendu et conversationnel, comme dans un message à un collègue que l’on connaît bien.</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Décontracté</translation>
    </message>
    <message>
        <source>Says the same in fewer words.</source>
        <translation>Dit la même chose en moins de mots.</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Concis</translation>
    </message>
    <message>
        <source>Plain, varied prose that sounds like a thoughtful person, not a template.</source>
        <translation>Une prose simple et variée, qui sonne comme une personne réfléchie, pas comme un modèle.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Naturel</translation>
    </message>
    <message>
        <source>Clear, confident business writing without jargon or hype.</source>
        <translation>Une écriture professionnelle claire et assurée, sans jargon ni emphase.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Short sentences and common words that anyone can follow.</source>
        <translation>Des phrases courtes et des mots courants que tout le monde comprend.</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Kind and personal, with a human touch.</source>
        <translation>Aimable et personnel, avec une touche humaine.</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Chaleureux</translation>
    </message>
    <message>
        <source>the rewrite made this formal paragraph much less formal (formality {before} → {after})</source>
        <translation>la réécriture a rendu ce paragraphe formel beaucoup moins formel (formalité {before} → {after})</translation>
    </message>
    <message>
        <source>the draft was warm here and the rewrite reads curt: its thanks, apology or kind words may be gone</source>
        <translation>le brouillon était chaleureux ici et la réécriture paraît sèche&#x202f;: ses remerciements, excuses ou mots aimables ont peut-être disparu</translation>
    </message>
    <message>
        <source>the rewrite made this paragraph sound negative (sentiment {before} → {after})</source>
        <translation>la réécriture donne à ce paragraphe un ton négatif (sentiment {before} → {after})</translation>
    </message>
    <message>
        <source>“{name}” cannot name a voice: use letters, digits, spaces, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64, not starting with a dot or a space)</source>
        <translation>«&#x202f;{name}&#x202f;» ne peut pas nommer une voix&#x202f;: utilisez des lettres, des chiffres, des espaces, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos; (64 au plus, sans point ni espace au début)</translation>
    </message>
    <message>
        <source>the voice profile {path} cannot be used: {problem}; fix or delete the file</source>
        <translation>le profil de voix {path} est inutilisable&#x202f;: {problem}&#x202f;; corrigez ou supprimez le fichier</translation>
    </message>
    <message>
        <source>no text to learn a voice from in {files}</source>
        <translation>aucun texte pour apprendre une voix dans {files}</translation>
    </message>
    <message>
        <source>there is no voice called “{name}” (see `humanize-desktop voice list`)</source>
        <translation>il n’y a pas de voix nommée «&#x202f;{name}&#x202f;» (voir `humanize-desktop voice list`)</translation>
    </message>
</context>
<context>
    <name>DecidedModel</name>
    <message>
        <source>Accepted</source>
        <extracomment>The row&apos;s (DecisionRecord, place in the draft or None).</extracomment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Votre formulation</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2, instead of %3</source>
        <translation>%1 → %2, au lieu de %3</translation>
    </message>
    <message>
        <source>Draft: %1
Suggestion: %2
Now: %3</source>
        <translation>Brouillon&#xa0;: %1
Suggestion&#xa0;: %2
Maintenant&#xa0;: %3</translation>
    </message>
    <message>
        <source>Decided before this review was opened; its place is not known.</source>
        <translation>Tranchée avant l’ouverture de cette révision&#xa0;; son emplacement n’est pas connu.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Cannot Open File</source>
        <extracomment>A file was read and is now shown. A save finished: the path written. An export (final text or report) was written: the path. The target (name shown in the title) changed. Something the person should know about the file just opened. What the report says beyond the review file (flags, findings, …); the window provides it.</extracomment>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>“%1” has tracked changes: the text is shown with them accepted. Saving keeps them; your edits are saved as plain text.</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications suivies&#xa0;: le texte est affiché comme si elles étaient acceptées. L’enregistrement les conserve&#xa0;; vos modifications sont enregistrées comme texte ordinaire.</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>tableaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>headers and footers: %1</source>
        <translation>en-têtes et pieds de page&#xa0;: %1</translation>
    </message>
    <message>
        <source>text boxes: %1</source>
        <translation>zones de texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the body text is shown for review. Not shown, and kept as they are when you save: %1.</source>
        <translation>Seul le corps du texte est présenté pour la relecture. Non affichés, et conservés tels quels à l’enregistrement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;Word (*.docx);;Humanize review (*.humanize)</source>
        <translation>Texte (*.txt);;Markdown (*.md);;Word (*.docx);;Révision Humanize (*.humanize)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Enregistrer la révision sous</translation>
    </message>
    <message>
        <source>Humanize review (*.humanize)</source>
        <translation>Révision Humanize (*.humanize)</translation>
    </message>
    <message>
        <source>Export Final Text</source>
        <translation>Exporter le texte final</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;Word (*.docx)</source>
        <translation>Texte (*.txt);;Markdown (*.md);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>Exporter le rapport des modifications</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>Rapport des modifications</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Final text</source>
        <translation>Texte final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalées</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Paragraphs kept as drafted</source>
        <translation>Paragraphes laissés tels quels</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>AI-likeness</source>
        <translation>Ressemblance à l’IA</translation>
    </message>
    <message>
        <source>draft %1 → suggestion %2 (0 reads like a person, 1 machine-made)</source>
        <translation>brouillon %1 → suggestion %2 (0&#xa0;: écrit par une personne, 1&#xa0;: produit par une machine)</translation>
    </message>
    <message>
        <source>draft %1 (0 reads like a person, 1 machine-made)</source>
        <translation>brouillon %1 (0&#xa0;: écrit par une personne, 1&#xa0;: produit par une machine)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2).</source>
        <translation>Impossible d’enregistrer %1 (%2).</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>EditChangeDialog</name>
    <message>
        <source>Edit Change</source>
        <translation>Retoucher la modification</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Brouillon&#xa0;:</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Suggestion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your version:</source>
        <translation>&amp;Votre version&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmptySuggestion</name>
    <message>
        <source>Humanize</source>
        <translation>Humaniser</translation>
    </message>
    <message>
        <source>Humanize the draft</source>
        <translation>Humaniser le brouillon</translation>
    </message>
    <message>
        <source>Humanizing…</source>
        <translation>Humanisation en cours…</translation>
    </message>
    <message>
        <source>The suggestion appears here paragraph by paragraph.</source>
        <translation>La suggestion s’affiche ici paragraphe par paragraphe.</translation>
    </message>
    <message>
        <source>No suggestion yet.
Humanize the draft to get a rewrite you can review change by change.</source>
        <translation>Pas encore de suggestion.
Humanisez le brouillon pour obtenir une réécriture à relire modification par modification.</translation>
    </message>
    <message>
        <source>Type or paste your draft on the left, or open a file (Ctrl+O) or drop it here.
Then humanize it to get a rewrite you can review change by change.</source>
        <translation>Saisissez ou collez votre brouillon à gauche, ou ouvrez un fichier (Ctrl+O) ou déposez-le ici.
Humanisez-le ensuite pour obtenir une réécriture à relire modification par modification.</translation>
    </message>
</context>
<context>
    <name>EngineManager</name>
    <message>
        <source>Server: %1</source>
        <extracomment>State reports from worker threads, delivered on the GUI thread.</extracomment>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>your own server</source>
        <translation>votre propre serveur</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something Went Wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Humanize Desktop ran into a problem it did not expect:
%1</source>
        <translation>Humanize Desktop a rencontré un problème inattendu&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Your work is safe: it was saved to %1 and will be offered back if the app has to close.</source>
        <translation>Votre travail est en sécurité&#xa0;: il a été enregistré dans %1 et vous sera proposé à nouveau si l’application doit se fermer.</translation>
    </message>
    <message>
        <source>Save your work now, then restart the app.</source>
        <translation>Enregistrez votre travail maintenant, puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Rechercher du texte</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <extracomment>The groups, in the order the list shows them. The panel came on screen (it is rebuilt only while visible).</extracomment>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Choose which kinds of finding the list shows</source>
        <translation>Choisir les types de remarques que la liste affiche</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>AI-tells</source>
        <translation>Tics d’IA</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Lisibilité</translation>
    </message>
    <message>
        <source>Inclusive language</source>
        <translation>Langage inclusif</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Locale conventions</source>
        <translation>Conventions locales</translation>
    </message>
    <message>
        <source>Introduced by the rewrite</source>
        <translation>Introduit par la réécriture</translation>
    </message>
    <message>
        <source>Paragraphs kept as drafted</source>
        <translation>Paragraphes laissés tels quels</translation>
    </message>
    <message>
        <source>Tone changed by the rewrite</source>
        <translation>Ton modifié par la réécriture</translation>
    </message>
    <message>
        <source>… and %1 more (see the underlines in the text)</source>
        <translation>… et %1 de plus (voir les soulignements dans le texte)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>The findings are hidden; choose them under Show.</source>
        <translation>Les remarques sont masquées&#xa0;; choisissez-les sous «&#xa0;Afficher&#xa0;».</translation>
    </message>
</context>
<context>
    <name>HeatStrip</name>
    <message>
        <source>AI-likeness by sentence</source>
        <translation>Ressemblance à l’IA par phrase</translation>
    </message>
    <message>
        <source>reads like a person wrote it</source>
        <translation>sonne comme écrite par une personne</translation>
    </message>
    <message>
        <source>has some machine-like habits</source>
        <translation>a quelques tics de machine</translation>
    </message>
    <message>
        <source>reads machine-made</source>
        <translation>sonne machinale</translation>
    </message>
    <message>
        <source>model and phrases</source>
        <translation>modèle et formules</translation>
    </message>
    <message>
        <source>phrases only; press F7 with a model loaded for the model&apos;s view</source>
        <translation>formules seulement&#xa0;; appuyez sur F7 avec un modèle chargé pour l’avis du modèle</translation>
    </message>
    <message>
        <source>This sentence %1 (%2; from %3). A signal, not a verdict.</source>
        <translation>Cette phrase %1 (%2&#xa0;; d’après&#xa0;: %3). Un indice, pas un verdict.</translation>
    </message>
</context>
<context>
    <name>HumanizeBar</name>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>How the rewrite should sound</source>
        <translation>Le ton voulu pour la réécriture</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Rule fixes only: stock phrases and filler go; no model needed</source>
        <translation>Corrections par règles seulement&#xa0;: clichés et remplissage disparaissent&#xa0;; aucun modèle requis</translation>
    </message>
    <message>
        <source>Rule fixes, and the model reworks single sentences (each checked)</source>
        <translation>Corrections par règles, et le modèle retravaille des phrases isolées (chacune vérifiée)</translation>
    </message>
    <message>
        <source>Also lets the model rewrite whole paragraphs, checked the same way</source>
        <translation>Laisse aussi le modèle réécrire des paragraphes entiers, vérifiés de la même façon</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Intensité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Extra instructions for the model</source>
        <translation>Consignes supplémentaires pour le modèle</translation>
    </message>
    <message>
        <source>Protected terms, comma-separated</source>
        <translation>Termes protégés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Protected terms</source>
        <translation>Termes protégés</translation>
    </message>
    <message>
        <source>Words and names the model must keep exactly as written</source>
        <translation>Mots et noms que le modèle doit garder exactement tels quels</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Steer the rewrite toward a voice learned from your own writing</source>
        <translation>Orienter la réécriture vers une voix apprise à partir de vos propres textes</translation>
    </message>
    <message>
        <source>Humanize</source>
        <translation>Humaniser</translation>
    </message>
    <message>
        <source>Rewrite the draft with the local model (Ctrl+Shift+H)</source>
        <translation>Réécrire le brouillon avec le modèle local (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Humanizing progress</source>
        <translation>Progression de l’humanisation</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop humanizing; finished paragraphs stay (Esc)</source>
        <translation>Arrêter l’humanisation&#xa0;; les paragraphes terminés restent (Échap)</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>St&amp;yle&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Intensité&#xa0;:</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oix&#x202f;:</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>Aucune voix</translation>
    </message>
    <message>
        <source>Instructions ✓</source>
        <translation>Consignes ✓</translation>
    </message>
</context>
<context>
    <name>HumanizeController</name>
    <message>
        <source>Starting the model…</source>
        <extracomment>Paragraphs finished, paragraphs in all, and a line saying what happens now. The model&apos;s words for the paragraph being written, as they come. The pass ended: a summary for the status bar (&quot;&quot; when nothing ran). The pass failed: a complete sentence saying why, and how many paragraphs were done. Kept paragraphs changed (for the findings panel and the marks).</extracomment>
        <translation>Démarrage du modèle…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Réécriture…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Rewriting paragraph %1 of %2…</source>
        <translation>Réécriture du paragraphe %1 sur %2…</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2: trying again…</source>
        <translation>Paragraphe %1 sur %2&#xa0;: nouvel essai…</translation>
    </message>
    <message>
        <source>The first answer was not used: %1</source>
        <translation>La première réponse n’a pas été retenue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept as drafted: %1</source>
        <translation>Laissé tel quel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 done</source>
        <translation>Paragraphe %1 sur %2 terminé</translation>
    </message>
    <message>
        <source>Paragraphs rewritten: %1</source>
        <translation>Paragraphes réécrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>kept as drafted: %1 (hover the shaded text to see why)</source>
        <translation>laissés tels quels&#xa0;: %1 (survolez le texte grisé pour savoir pourquoi)</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>Stopped. Paragraphs finished: %1; the rest stays as drafted.</source>
        <translation>Arrêté. Paragraphes terminés&#xa0;: %1&#xa0;; le reste est laissé tel quel.</translation>
    </message>
    <message>
        <source>The model is rewriting this paragraph</source>
        <translation>Le modèle réécrit ce paragraphe</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>InstructionsEditor</name>
    <message>
        <source>For example: keep British spelling; address the reader as “you”.</source>
        <translation>Par exemple&#xa0;: garder l’orthographe belge&#xa0;; tutoyer le lecteur.</translation>
    </message>
    <message>
        <source>Custom instructions</source>
        <translation>Consignes personnalisées</translation>
    </message>
    <message>
        <source>Custom &amp;instructions for the model:</source>
        <translation>Consignes &amp;personnalisées pour le modèle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LearnVoiceDialog</name>
    <message>
        <source>Learn a Voice</source>
        <translation>Apprendre une voix</translation>
    </message>
    <message>
        <source>Choose a few files you wrote yourself (.txt, .md or .docx; a few hundred words or more). Their sentence length, contractions, punctuation and spelling become a voice that rewrites can follow. It stays on this computer.</source>
        <translation>Choisissez quelques fichiers que vous avez écrits vous-même (.txt, .md ou .docx&#x202f;; quelques centaines de mots ou plus). Leur longueur de phrase, leurs contractions, leur ponctuation et leur orthographe deviennent une voix que les réécritures peuvent suivre. Elle reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>e.g. My blog</source>
        <translation>p. ex. Mon blog</translation>
    </message>
    <message>
        <source>Voice name</source>
        <translation>Nom de la voix</translation>
    </message>
    <message>
        <source>Sample files</source>
        <translation>Fichiers d’exemple</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>A&amp;pprendre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Exemples&#x202f;:</translation>
    </message>
    <message>
        <source>Samples of Your Writing</source>
        <translation>Exemples de vos textes</translation>
    </message>
    <message>
        <source>Text, Markdown or Word files (*.txt *.md *.markdown *.docx);;All files (*)</source>
        <translation>Fichiers texte, Markdown ou Word (*.txt *.md *.markdown *.docx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>LearnedDialog</name>
    <message>
        <source>What I&apos;ve Learned</source>
        <translation>Ce que j’ai appris</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j’ai appris</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Forget this and the decisions it was learned from</source>
        <translation>Oublier ceci et les décisions dont il a été appris</translation>
    </message>
    <message>
        <source>&amp;Protect Term</source>
        <translation>&amp;Protéger le terme</translation>
    </message>
    <message>
        <source>Add this word to the protected terms: it is never changed</source>
        <translation>Ajouter ce mot aux termes protégés&#x202f;: il n’est jamais modifié</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Réinitialiser…</translation>
    </message>
    <message>
        <source>Rule off</source>
        <translation>Règle désactivée</translation>
    </message>
    <message>
        <source>Protected term</source>
        <translation>Terme protégé</translation>
    </message>
    <message>
        <source>Own rule</source>
        <translation>Règle personnelle</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Learning is paused: your decisions are not learned from, and nothing learned is applied.</source>
        <translation>L’apprentissage est en pause&#x202f;: vos décisions ne sont pas apprises et rien de ce qui a été appris n’est appliqué.</translation>
    </message>
    <message>
        <source>Nothing learned yet. As you accept, reject and edit changes, what you keep choosing shows here. It stays on this computer.</source>
        <translation>Rien d’appris pour l’instant. Quand vous acceptez, refusez et modifiez des changements, ce que vous choisissez régulièrement s’affiche ici. Cela reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Learned from your decisions on this computer. Switch off what should not apply, or forget it.</source>
        <translation>Appris de vos décisions sur cet ordinateur. Désactivez ce qui ne doit pas s’appliquer, ou oubliez-le.</translation>
    </message>
    <message>
        <source>Resume &amp;Learning</source>
        <translation>&amp;Reprendre l’apprentissage</translation>
    </message>
    <message>
        <source>P&amp;ause Learning</source>
        <translation>&amp;Mettre en pause</translation>
    </message>
    <message>
        <source>Reset What I&apos;ve Learned</source>
        <translation>Réinitialiser ce que j’ai appris</translation>
    </message>
    <message>
        <source>Forget everything learned from your decisions? This cannot be undone.</source>
        <translation>Oublier tout ce qui a été appris de vos décisions&#x202f;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Changes</source>
        <extracomment>Emitted after a file was opened or a review restored (tests wait on it).</extracomment>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Humanize</source>
        <translation>Humaniser</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exporté vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Edit Change</source>
        <translation>Retoucher la modification</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Tout refuser</translation>
    </message>
    <message>
        <source>Accept All but Flagged</source>
        <translation>Tout accepter sauf les signalées</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Changes accepted: %1. Undo with Ctrl+Z.</source>
        <translation>Modifications acceptées&#xa0;: %1. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changes accepted: %1; flagged changes left pending: %2. Undo with Ctrl+Z.</source>
        <translation>Modifications acceptées&#xa0;: %1&#xa0;; modifications signalées laissées en attente&#xa0;: %2. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changes rejected: %1. Undo with Ctrl+Z.</source>
        <translation>Modifications refusées&#xa0;: %1. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>There is no draft to humanize yet: type, paste or open one.</source>
        <translation>Il n’y a pas encore de brouillon à humaniser&#xa0;: saisissez-en un, collez-le ou ouvrez-le.</translation>
    </message>
    <message>
        <source>Learned the voice “%1” from %2 words; pick it under Voice to humanize toward it.</source>
        <translation>Voix «&#x202f;%1&#x202f;» apprise à partir de %2 mots&#x202f;; choisissez-la sous Voix pour humaniser dans ce sens.</translation>
    </message>
    <message>
        <source>Humanizing stopped: %1</source>
        <translation>Humanisation interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The paragraphs already rewritten were kept.</source>
        <translation>Les paragraphes déjà réécrits ont été conservés.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Impossible d’enregistrer les réglages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undid %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redid %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No findings in this pane.</source>
        <translation>Aucune remarque dans ce volet.</translation>
    </message>
    <message>
        <source>About Humanize Desktop</source>
        <translation>À propos de Humanize Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Humanize Desktop %1&lt;/h3&gt;&lt;p&gt;An offline editor that turns AI-written drafts into prose that reads like a person wrote it, reviewed change by change.&lt;/p&gt;&lt;p&gt;Your text never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Humanize Desktop %1&lt;/h3&gt;&lt;p&gt;Un éditeur hors ligne qui transforme les brouillons écrits par une IA en textes qui sonnent humains, relus modification par modification.&lt;/p&gt;&lt;p&gt;Votre texte ne quitte jamais cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <source>The unfinished download could not be deleted (%1).</source>
        <extracomment>The catalog and its fit verdicts were read (or failed: see ``catalog_problem``). A catalog model&apos;s status changed (its id). A download or import ended: (catalog id or &quot;&quot;, one sentence, True when it worked). Imports under way changed (started or ended). Where downloads land (None: the user models folder); tests point it elsewhere.</extracomment>
        <translation>Le téléchargement inachevé n’a pas pu être supprimé (%1).</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <extracomment>Tab names for ``ModelManagerDialog.ask(tab=...)``.</extracomment>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modèles sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Import GGUF…</source>
        <translation>&amp;Importer un GGUF…</translation>
    </message>
    <message>
        <source>Use as &amp;Default</source>
        <translation>Utiliser par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>&amp;Utiliser maintenant</translation>
    </message>
    <message>
        <source>&amp;Restart Engine</source>
        <translation>&amp;Redémarrer le moteur</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Settings for the selected model</source>
        <translation>Réglages du modèle sélectionné</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>Taille du &amp;contexte (jetons)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Couches &amp;GPU&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;empérature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Get Models</source>
        <translation>Obtenir des modèles</translation>
    </message>
    <message>
        <source>your models folder</source>
        <translation>votre dossier de modèles</translation>
    </message>
    <message>
        <source>the app&apos;s models folder</source>
        <translation>dossier de modèles de l’application</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>chosen in settings</source>
        <translation>choisi dans les réglages</translation>
    </message>
    <message>
        <source>No models found yet. Import a GGUF file, or put one in %1.</source>
        <translation>Aucun modèle trouvé pour l’instant. Importez un fichier GGUF ou placez-en un dans %1.</translation>
    </message>
    <message>
        <source>Saved. Restart the engine to apply it to a loaded model.</source>
        <translation>Enregistré. Redémarrez le moteur pour l’appliquer à un modèle déjà chargé.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Impossible d’enregistrer les réglages&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is now the default model.</source>
        <translation>%1 est désormais le modèle par défaut.</translation>
    </message>
    <message>
        <source>%1 will load when you next humanize.</source>
        <translation>%1 sera chargé lors de la prochaine humanisation.</translation>
    </message>
    <message>
        <source>Import a Model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Checking and copying %1…</source>
        <translation>Vérification et copie de %1…</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>État du modèle</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <source>Manage models</source>
        <translation>Gérer les modèles</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Recherche des modèles…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>working</source>
        <translation>au travail</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>The model loads when you first humanize.</source>
        <translation>Le modèle se charge à la première humanisation.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts</source>
        <translation>Prend effet au prochain démarrage de l’application</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Your work is saved for crash recovery this long after you stop typing</source>
        <translation>Votre travail est sauvegardé pour la récupération après un plantage ce délai après votre dernière frappe</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>Enregistrement &amp;automatique après&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Automatic (LanguageTool if present, else Harper)</source>
        <translation>Automatique (LanguageTool s’il est présent, sinon Harper)</translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <source>Harper (English, offline)</source>
        <translation>Harper (anglais, hors ligne)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>&amp;Grammar engine:</source>
        <translation>Correcteur &amp;grammatical&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8081 (empty: a local installation)</source>
        <translation>p. ex. http://127.0.0.1:8081 (vide&#xa0;: une installation locale)</translation>
    </message>
    <message>
        <source>Your own LanguageTool server. Text is sent only to this address.</source>
        <translation>Votre propre serveur LanguageTool. Le texte n’est envoyé qu’à cette adresse.</translation>
    </message>
    <message>
        <source>LanguageTool &amp;server:</source>
        <translation>&amp;Serveur LanguageTool&#xa0;:</translation>
    </message>
    <message>
        <source>a LanguageTool folder (empty: look in the usual places)</source>
        <translation>un dossier LanguageTool (vide&#xa0;: chercher aux endroits habituels)</translation>
    </message>
    <message>
        <source>LanguageTool &amp;folder:</source>
        <translation>&amp;Dossier LanguageTool&#xa0;:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Memory for the LanguageTool server this app starts (Java&apos;s -Xmx). German, English, French and Spanish together need about 400 MB.</source>
        <translation>Mémoire du serveur LanguageTool que l&apos;application démarre (-Xmx de Java). L&apos;allemand, l&apos;anglais, le français et l&apos;espagnol ensemble demandent environ 400 Mo.</translation>
    </message>
    <message>
        <source>LanguageTool &amp;memory:</source>
        <translation>&amp;Mémoire de LanguageTool&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Download LanguageTool…</source>
        <translation>&amp;Télécharger LanguageTool…</translation>
    </message>
    <message>
        <source>Downloads LanguageTool (about 250 MB) through language-tool-python from its release site. Only when you click; no text is sent.</source>
        <translation>Télécharge LanguageTool (environ 250 Mo) via language-tool-python depuis son site de publication. Seulement quand vous cliquez&#xa0;; aucun texte n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>Détecter d’après le texte</translation>
    </message>
    <message>
        <source>The language (and variant) to check; automatic detects it per paragraph</source>
        <translation>La langue (et la variante) à vérifier&#xa0;; en automatique, elle est détectée pour chaque paragraphe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Suggest &amp;inclusive language</source>
        <translation>Suggérer un langage &amp;inclusif</translation>
    </message>
    <message>
        <source>Gendered, ableist or othering words, with neutral alternatives</source>
        <translation>Mots genrés, validistes ou stigmatisants, avec des alternatives neutres</translation>
    </message>
    <message>
        <source>Fairness:</source>
        <translation>Équité&#xa0;:</translation>
    </message>
    <message>
        <source>Keep one form of &amp;address (register)</source>
        <translation>Ne pas mélanger &amp;vouvoiement et tutoiement (registre)</translation>
    </message>
    <message>
        <source>Points out Sie and du, vous and tu, usted and tú mixed in one text</source>
        <translation>Signale les textes qui mélangent Sie et du, vous et tu ou usted et tú</translation>
    </message>
    <message>
        <source>Check &amp;quotation marks, numbers and dates (locale)</source>
        <translation>Vérifier guillemets, nom&amp;bres et dates (conventions locales)</translation>
    </message>
    <message>
        <source>Marks written the way another language or region writes them, such as 1,250.50 in a German text; the region comes from the language setting (de_CH)</source>
        <translation>Signes écrits à la manière d’une autre langue ou région, comme 1,250.50 dans un texte allemand&#xa0;; la région vient du réglage de langue (de_CH)</translation>
    </message>
    <message>
        <source>Personal dictionary</source>
        <translation>Dictionnaire personnel</translation>
    </message>
    <message>
        <source>&amp;Remove Word</source>
        <translation>&amp;Retirer le mot</translation>
    </message>
    <message>
        <source>&amp;Personal dictionary:</source>
        <translation>Dictionnaire &amp;personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Leave empty to run models on this computer. A server must be one you run (llama.cpp server or another OpenAI-compatible one): your text is sent there.</source>
        <translation>Laissez vide pour exécuter les modèles sur cet ordinateur. Le serveur doit être le vôtre (serveur llama.cpp ou autre serveur compatible OpenAI)&#xa0;: votre texte y est envoyé.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the first model the server lists</source>
        <translation>vide&#xa0;: le premier modèle proposé par le serveur</translation>
    </message>
    <message>
        <source>Server &amp;model:</source>
        <translation>&amp;Modèle du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Model Server</source>
        <translation>Serveur de modèles</translation>
    </message>
    <message>
        <source>No local LanguageTool: English is checked with Harper; other languages need LanguageTool (packaging/bootstrap.sh installs it) or a server.</source>
        <translation>Pas de LanguageTool local&#xa0;: l&apos;anglais est vérifié par Harper&#xa0;; les autres langues demandent LanguageTool (packaging/bootstrap.sh l&apos;installe) ou un serveur.</translation>
    </message>
    <message>
        <source>Local LanguageTool: %1</source>
        <translation>LanguageTool local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Download LanguageTool</source>
        <translation>Télécharger LanguageTool</translation>
    </message>
    <message>
        <source>Download LanguageTool (about 250 MB) through language-tool-python into %1? No text is sent.</source>
        <translation>Télécharger LanguageTool (environ 250 Mo) via language-tool-python dans %1&#xa0;? Aucun texte n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Downloading LanguageTool…</source>
        <translation>Téléchargement de LanguageTool…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved Work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <source>Save your work on “%1” before closing it?</source>
        <translation>Enregistrer votre travail sur «&#xa0;%1&#xa0;» avant de le fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Pending changes: %1. They are kept only if you save a review file.</source>
        <translation>Modifications en attente&#xa0;: %1. Elles ne sont conservées que si vous enregistrez un fichier de révision.</translation>
    </message>
    <message>
        <source>Save &amp;Review…</source>
        <translation>Enregistrer la &amp;révision…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>“%1” was %2 text, which cannot hold some characters now in the draft. Save it as UTF-8 instead?</source>
        <translation>«&#xa0;%1&#xa0;» était encodé en %2, qui ne peut pas représenter certains caractères du brouillon actuel. L’enregistrer plutôt en UTF-8&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saving “%1” cannot keep everything as it was:</source>
        <translation>L’enregistrement de «&#xa0;%1&#xa0;» ne peut pas tout garder tel quel&#xa0;:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1
The autosaved work is kept in %2.</source>
        <translation>%1
Le travail enregistré automatiquement est conservé dans %2.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restored your unsaved work.</source>
        <translation>Votre travail non enregistré a été restauré.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation>Restaurer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation>un document sans titre</translation>
    </message>
    <message>
        <source>Humanize Desktop did not close properly. Your work on “%1” was saved automatically at %2.</source>
        <translation>Humanize Desktop ne s’est pas fermé correctement. Votre travail sur «&#xa0;%1&#xa0;» a été enregistré automatiquement à %2.</translation>
    </message>
    <message>
        <source>Restore it exactly as it was, or discard it?</source>
        <translation>Le restaurer tel quel, ou l’abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>Demander &amp;plus tard</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Your working text. Removed or replaced words are shaded.</source>
        <translation>Votre texte de travail. Les mots supprimés ou remplacés sont grisés.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>The model&apos;s rewrite. Added or replaced words are shaded.</source>
        <translation>La réécriture du modèle. Les mots ajoutés ou remplacés sont grisés.</translation>
    </message>
    <message>
        <source>Type or paste your draft here, or open a file with Ctrl+O.</source>
        <translation>Saisissez ou collez votre brouillon ici, ou ouvrez un fichier avec Ctrl+O.</translation>
    </message>
    <message>
        <source>removed or replaced</source>
        <translation>supprimé ou remplacé</translation>
    </message>
    <message>
        <source>added or replacing</source>
        <translation>ajouté ou remplaçant</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <extracomment>Whether &quot;Alternatives…&quot; can work now (the main window knows the engine).</extracomment>
        <translation>Modifications en attente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>balise</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>espace réservé</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>incohérent</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>ponctuation</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>espacement</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>grammar</source>
        <translation>grammaire</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>orthographe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>CQ</translation>
    </message>
</context>
<context>
    <name>StatusWidgets</name>
    <message>
        <source>Language</source>
        <extracomment>Texts longer than this are counted on the worker pool (20,000 characters take about 5 ms).</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Words and characters</source>
        <translation>Mots et caractères</translation>
    </message>
    <message>
        <source>Grammar engine</source>
        <translation>Correcteur grammatical</translation>
    </message>
    <message>
        <source>Spelling engine</source>
        <translation>Correcteur orthographique</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 words, %2 characters</source>
        <translation>%1 mots, %2 caractères</translation>
    </message>
    <message>
        <source>Language: —</source>
        <translation>Langue&#xa0;: —</translation>
    </message>
    <message>
        <source>Not detected yet</source>
        <translation>Pas encore détectée</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detected from the draft; change it in Preferences</source>
        <translation>Détectée d’après le brouillon&#xa0;; modifiable dans les Préférences</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Checks start when there is text</source>
        <translation>Les vérifications commencent dès qu’il y a du texte</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>LanguageTool starting…</source>
        <translation>LanguageTool démarre…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>working</source>
        <translation>au travail</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>aucun modèle</translation>
    </message>
</context>
<context>
    <name>TranslatorWindow</name>
    <message>
        <source>Translator mode: %1</source>
        <translation>Mode traduction&#xa0;: %1</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Segments with findings</source>
        <translation>Segments avec problèmes</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Changed units become:</source>
        <translation>Les unités modifiées deviennent&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target (Ctrl+E commits an edit)</source>
        <translation>Cible (Ctrl+E valide une modification)</translation>
    </message>
    <message>
        <source>Ignore Finding</source>
        <translation>Ignorer le problème</translation>
    </message>
    <message>
        <source>QA findings</source>
        <translation>Problèmes CQ</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Modifications suggérées</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save Translation As…</source>
        <translation>&amp;Enregistrer la traduction sous…</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>Enregistrer la &amp;révision sous…</translation>
    </message>
    <message>
        <source>Export QA &amp;Report…</source>
        <translation>Exporter le &amp;rapport CQ…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>Next Segment with a &amp;Finding</source>
        <translation>Segment suivant avec un &amp;problème</translation>
    </message>
    <message>
        <source>&amp;Previous Segment with a Finding</source>
        <translation>Segment &amp;précédent avec un problème</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>Segment &amp;suivant</translation>
    </message>
    <message>
        <source>P&amp;revious Segment</source>
        <translation>Segment pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Polish Segment</source>
        <translation>&amp;Améliorer le segment</translation>
    </message>
    <message>
        <source>Polish &amp;All Segments</source>
        <translation>Améliorer &amp;tous les segments</translation>
    </message>
    <message>
        <source>&amp;Accept Segment</source>
        <translation>A&amp;ccepter le segment</translation>
    </message>
    <message>
        <source>&amp;Reject Segment</source>
        <translation>&amp;Refuser le segment</translation>
    </message>
    <message>
        <source>Accept &amp;Change</source>
        <translation>Accepter la &amp;modification</translation>
    </message>
    <message>
        <source>Reject C&amp;hange</source>
        <translation>Refuser la m&amp;odification</translation>
    </message>
    <message>
        <source>Commit Target &amp;Edit</source>
        <translation>&amp;Valider la modification de la cible</translation>
    </message>
    <message>
        <source>Open a Bilingual File</source>
        <translation>Ouvrir un fichier bilingue</translation>
    </message>
    <message>
        <source>No more segments with findings</source>
        <translation>Plus aucun segment avec un problème</translation>
    </message>
    <message>
        <source>No model is set up for polishing</source>
        <translation>Aucun modèle n’est configuré pour améliorer</translation>
    </message>
    <message>
        <source>Polishing done</source>
        <translation>Amélioration terminée</translation>
    </message>
    <message>
        <source>Polishing…</source>
        <translation>Amélioration en cours…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Translation As</source>
        <translation>Enregistrer la traduction sous</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Enregistrer la révision sous</translation>
    </message>
    <message>
        <source>Export QA Report</source>
        <translation>Exporter le rapport CQ</translation>
    </message>
</context>
</TS>
