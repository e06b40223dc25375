<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AcceptAllQuestion</name>
    <message>
        <source>Accept All Changes</source>
        <translation>Aceptar todos los cambios</translation>
    </message>
    <message>
        <source>Flagged: %1 of the %2 pending changes. Accept those too?</source>
        <translation>Marcados: %1 de los %2 cambios pendientes. ¿Aceptarlos también?</translation>
    </message>
    <message>
        <source>A flag means a check found something to look at first: a fact or negation that changed, Markdown structure, or an error the rewrite brought in. Flagged changes you leave stay pending.</source>
        <translation>Una marca significa que una comprobación encontró algo que conviene revisar antes: un dato o una negación cambiados, la estructura Markdown o un error que introdujo la reescritura. Los cambios marcados que deje seguirán pendientes.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>Accept All but &amp;Flagged</source>
        <translation>Aceptar todos salvo los &amp;marcados</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>Aceptar &amp;todos</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Empezar un borrador nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a text, Markdown, Word or review file</source>
        <translation>Abrir un archivo de texto, Markdown, Word o de revisión</translation>
    </message>
    <message>
        <source>&amp;Translator Mode…</source>
        <translation>Modo de &amp;traducción…</translation>
    </message>
    <message>
        <source>Check and polish a translation: XLIFF, PO, TMX or CSV</source>
        <translation>Revisar y pulir una traducción: XLIFF, PO, TMX o CSV</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Guardar el borrador</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>Guardar el borrador con otro nombre</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>Guardar la &amp;revisión como…</translation>
    </message>
    <message>
        <source>Save both texts and every decision as a .humanize review file</source>
        <translation>Guardar los dos textos y todas las decisiones en un archivo de revisión .humanize</translation>
    </message>
    <message>
        <source>Export Final &amp;Text…</source>
        <translation>Exportar el &amp;texto final…</translation>
    </message>
    <message>
        <source>Save the draft with the decisions made so far</source>
        <translation>Guardar el borrador con las decisiones tomadas hasta ahora</translation>
    </message>
    <message>
        <source>Export Change &amp;Report (HTML)…</source>
        <translation>Exportar el &amp;informe de cambios (HTML)…</translation>
    </message>
    <message>
        <source>Save a web page listing every change and decision</source>
        <translation>Guardar una página web con todos los cambios y decisiones</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Humanize Desktop</source>
        <translation>Salir de Humanize Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit or decision</source>
        <translation>Deshacer la última edición o decisión</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo que se deshizo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find text in the focused pane</source>
        <translation>Buscar texto en el panel activo</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Grammar engine, languages, dictionaries, autosave and theme</source>
        <translation>Corrector gramatical, idiomas, diccionarios, autoguardado y tema</translation>
    </message>
    <message>
        <source>What I&apos;ve &amp;Learned…</source>
        <translation>Lo que he aprend&amp;ido…</translation>
    </message>
    <message>
        <source>What was learned from your decisions; switch it off or forget it</source>
        <translation>Lo aprendido de sus decisiones; desactivarlo u olvidarlo</translation>
    </message>
    <message>
        <source>&amp;Humanize</source>
        <translation>&amp;Humanizar</translation>
    </message>
    <message>
        <source>Rewrite the draft with the local model, paragraph by paragraph</source>
        <translation>Reescribir el borrador con el modelo local, párrafo a párrafo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop humanizing; keep what is done</source>
        <translation>Detener la humanización; lo hecho se conserva</translation>
    </message>
    <message>
        <source>Learn a &amp;Voice…</source>
        <translation>Aprender una &amp;voz…</translation>
    </message>
    <message>
        <source>Learn your own voice from files you wrote, for rewrites to follow</source>
        <translation>Aprender su propia voz a partir de archivos que usted escribió, para que las reescrituras la sigan</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next pending change</source>
        <translation>Ir al siguiente cambio pendiente</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Cambio &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous pending change</source>
        <translation>Ir al cambio pendiente anterior</translation>
    </message>
    <message>
        <source>&amp;Accept Change</source>
        <translation>A&amp;ceptar el cambio</translation>
    </message>
    <message>
        <source>Take the suggestion&apos;s text into the draft</source>
        <translation>Pasar el texto de la sugerencia al borrador</translation>
    </message>
    <message>
        <source>&amp;Reject Change</source>
        <translation>&amp;Rechazar el cambio</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s text</source>
        <translation>Conservar el texto del borrador</translation>
    </message>
    <message>
        <source>Accept and Go to &amp;Next</source>
        <translation>Aceptar e ir al si&amp;guiente</translation>
    </message>
    <message>
        <source>Accept this change and show the next one</source>
        <translation>Aceptar este cambio y mostrar el siguiente</translation>
    </message>
    <message>
        <source>Reject and Go to Ne&amp;xt</source>
        <translation>Rechazar e ir al sig&amp;uiente</translation>
    </message>
    <message>
        <source>Reject this change and show the next one</source>
        <translation>Rechazar este cambio y mostrar el siguiente</translation>
    </message>
    <message>
        <source>&amp;Edit Change…</source>
        <translation>&amp;Editar el cambio…</translation>
    </message>
    <message>
        <source>Write your own version of this change</source>
        <translation>Escribir su propia versión de este cambio</translation>
    </message>
    <message>
        <source>A&amp;lternatives…</source>
        <translation>A&amp;lternativas…</translation>
    </message>
    <message>
        <source>Ask the model for other wordings of this change</source>
        <translation>Pedir al modelo otras formulaciones para este cambio</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Changes</source>
        <translation>Aceptar t&amp;odos los cambios</translation>
    </message>
    <message>
        <source>Take every pending change into the draft</source>
        <translation>Pasar todos los cambios pendientes al borrador</translation>
    </message>
    <message>
        <source>Accept All but &amp;Flagged</source>
        <translation>Aceptar todos salvo los &amp;marcados</translation>
    </message>
    <message>
        <source>Take every pending change without a flag into the draft; flagged ones stay pending</source>
        <translation>Llevar al borrador todos los cambios pendientes sin marca; los marcados siguen pendientes</translation>
    </message>
    <message>
        <source>Re&amp;ject All Changes</source>
        <translation>Rec&amp;hazar todos los cambios</translation>
    </message>
    <message>
        <source>Keep the draft as it is and drop every pending change</source>
        <translation>Dejar el borrador como está y descartar todos los cambios pendientes</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Revisar ahora</translation>
    </message>
    <message>
        <source>Check grammar, spelling and style in both texts</source>
        <translation>Revisar la gramática, la ortografía y el estilo de ambos textos</translation>
    </message>
    <message>
        <source>Next &amp;Finding</source>
        <translation>&amp;Observación siguiente</translation>
    </message>
    <message>
        <source>Go to the next grammar, spelling or style finding</source>
        <translation>Ir a la siguiente observación de gramática, ortografía o estilo</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Panel lateral</translation>
    </message>
    <message>
        <source>Show or hide the list of changes and findings</source>
        <translation>Mostrar u ocultar la lista de cambios y observaciones</translation>
    </message>
    <message>
        <source>AI-Likeness &amp;Strips</source>
        <translation>&amp;Franjas de similitud con IA</translation>
    </message>
    <message>
        <source>Show how machine-like each sentence reads, beside each pane</source>
        <translation>Mostrar junto a cada panel cuánto suena a máquina cada frase</translation>
    </message>
    <message>
        <source>S&amp;witch Pane</source>
        <translation>Cambiar de pane&amp;l</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the other pane</source>
        <translation>Llevar el foco del teclado al otro panel</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Choose, import and configure local models</source>
        <translation>Elegir, importar y configurar modelos locales</translation>
    </message>
    <message>
        <source>&amp;Get Models…</source>
        <translation>&amp;Obtener modelos…</translation>
    </message>
    <message>
        <source>Download a recommended model, or import one you copied in</source>
        <translation>Descargar un modelo recomendado o importar uno que haya copiado</translation>
    </message>
    <message>
        <source>&amp;Restart Engine</source>
        <translation>&amp;Reiniciar el motor</translation>
    </message>
    <message>
        <source>Stop and start the model engine again</source>
        <translation>Detener y volver a arrancar el motor del modelo</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Humanize Desktop</source>
        <translation>&amp;Acerca de Humanize Desktop</translation>
    </message>
</context>
<context>
    <name>AlternativesDialog</name>
    <message>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <source>Other ways to say “%1”:</source>
        <translation>Otras formas de decir «%1»:</translation>
    </message>
    <message>
        <source>Alternative wordings</source>
        <translation>Otras formulaciones</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Consultando al modelo…</translation>
    </message>
    <message>
        <source>&amp;Use This Wording</source>
        <translation>&amp;Usar esta formulación</translation>
    </message>
    <message>
        <source>The model found no other wording that keeps the meaning.</source>
        <translation>El modelo no encontró otra formulación que conserve el sentido.</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translation>En el texto: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Settings</source>
        <extracomment>How often Python switches threads. The window&apos;s code needs the interpreter lock for every paint and slot; with worker threads busy (checks, the rewrite) the default 5 ms wait per hand-over adds up to visible stalls, 1 ms does not. The reverse-DNS id of the desktop entry, AppStream file and icons (packaging/linux/): Wayland compositors and docks find the app&apos;s name and icon through it.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Some settings were ignored: %1</source>
        <translation>Se ignoraron algunos ajustes: %1</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Models recommended for this app. Nothing is downloaded until you press Download: the app then fetches the model file from huggingface.co and nothing else. Your text never leaves this computer.</source>
        <extracomment>Column of the table that shows each model&apos;s download status. The person imported or downloaded a model and wants to see it in the first tab.</extracomment>
        <translation>Modelos recomendados para esta aplicación. No se descarga nada hasta que pulse Descargar: entonces la aplicación obtiene el archivo del modelo de huggingface.co y nada más. Su texto nunca sale de este equipo.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Models you can download</source>
        <translation>Modelos que puede descargar</translation>
    </message>
    <message>
        <source>Fit for this computer</source>
        <translation>Adecuación a este equipo</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Cancelar la descarga</translation>
    </message>
    <message>
        <source>Discard &amp;Unfinished Download</source>
        <translation>Descartar descarga &amp;incompleta</translation>
    </message>
    <message>
        <source>Use This &amp;Model</source>
        <translation>Usar este &amp;modelo</translation>
    </message>
    <message>
        <source>&amp;Import GGUF…</source>
        <translation>&amp;Importar GGUF…</translation>
    </message>
    <message>
        <source>Without internet: copy a .gguf file in from a USB stick or another folder</source>
        <translation>Sin internet: copie un archivo .gguf desde una memoria USB u otra carpeta</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <source>Too big</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Approximate size</source>
        <translation>Tamaño aproximado</translation>
    </message>
    <message>
        <source>Checking the unfinished download…</source>
        <translation>Comprobando la descarga incompleta…</translation>
    </message>
    <message>
        <source>Downloading: %1%</source>
        <translation>Descargando: %1 %</translation>
    </message>
    <message>
        <source>Downloaded, verified</source>
        <translation>Descargado, verificado</translation>
    </message>
    <message>
        <source>Downloaded, cannot verify</source>
        <translation>Descargado, no verificable</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unfinished: %1 of %2</source>
        <translation>Incompleto: %1 de %2</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>No descargado</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Leyendo el catálogo…</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Licencia: %1.</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>&amp;Reanudar la descarga</translation>
    </message>
    <message>
        <source>&amp;Download (%1)</source>
        <translation>&amp;Descargar (%1)</translation>
    </message>
    <message>
        <source>Checking the unfinished download: %1 of %2</source>
        <translation>Comprobando la descarga incompleta: %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · about %1 min left</source>
        <translation> · quedan unos %1 min</translation>
    </message>
    <message>
        <source> · less than a minute left</source>
        <translation> · queda menos de un minuto</translation>
    </message>
    <message>
        <source>Verified: the file&apos;s SHA-256 matches the catalog. %1</source>
        <translation>Verificado: el SHA-256 del archivo coincide con el del catálogo. %1</translation>
    </message>
    <message>
        <source>Cannot verify: the catalog publishes no checksum for this file. %1</source>
        <translation>No se puede verificar: el catálogo no publica ninguna suma de comprobación para este archivo. %1</translation>
    </message>
    <message>
        <source>On this computer; choose it in the model picker or with Use This Model.</source>
        <translation>En este equipo; elíjalo en el selector de modelos o con «Usar este modelo».</translation>
    </message>
    <message>
        <source>An unfinished download is kept; Resume continues where it stopped.</source>
        <translation>Se conserva una descarga incompleta; Reanudar continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The catalog publishes no checksum for this file, so the download cannot be verified.</source>
        <translation>El catálogo no publica ninguna suma de comprobación para este archivo, así que la descarga no se puede verificar.</translation>
    </message>
</context>
<context>
    <name>ChangeDelegate</name>
    <message>
        <source>Addition</source>
        <translation>Adición</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
</context>
<context>
    <name>ChangePopup</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Take the suggestion into the draft (Alt+Left)</source>
        <translation>Pasar la sugerencia al borrador (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s text (Alt+Right)</source>
        <translation>Conservar el texto del borrador (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Write your own version of this change (F2)</source>
        <translation>Escribir su propia versión de este cambio (F2)</translation>
    </message>
    <message>
        <source>Alternatives…</source>
        <translation>Alternativas…</translation>
    </message>
    <message>
        <source>Ask the model for other wordings</source>
        <translation>Pedir al modelo otras formulaciones</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Fact changed</source>
        <extracomment>What the flags of a change are, cheaply (for the row picture cache): no words, no translation. &quot;Rule: …&quot; / &quot;Model: …&quot;: where the change came from and why, in the interface language (&quot;&quot; if unknown). Row pictures kept by the delegate (a screenful is about 20).</extracomment>
        <translation>Dato cambiado</translation>
    </message>
    <message>
        <source>Negation</source>
        <translation>Negación</translation>
    </message>
    <message>
        <source>Certainty changed</source>
        <translation>Grado de certeza cambiado</translation>
    </message>
    <message>
        <source>Protected term</source>
        <translation>Término protegido</translation>
    </message>
    <message>
        <source>Structure changed</source>
        <translation>Estructura cambiada</translation>
    </message>
    <message>
        <source>Meaning drift</source>
        <translation>Desvío de sentido</translation>
    </message>
    <message>
        <source>Error introduced</source>
        <translation>Error introducido</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>título</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>horizontal rule</source>
        <translation>línea divisoria</translation>
    </message>
    <message>
        <source>emphasis</source>
        <translation>énfasis</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>code block</source>
        <translation>bloque de código</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>Structure changed: %1</source>
        <translation>Estructura cambiada: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add “%s”</source>
        <translation>Añadir «%s»</translation>
    </message>
    <message>
        <source>Remove “%s”</source>
        <translation>Quitar «%s»</translation>
    </message>
    <message>
        <source>“%1” to “%2”</source>
        <translation>«%1» pasa a «%2»</translation>
    </message>
    <message>
        <source>Draft: %1
Suggestion: %2</source>
        <translation>Borrador: %1
Sugerencia: %2</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Pending changes</source>
        <extracomment>A decided change was clicked: its place in the draft (start, end).</extracomment>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Decided changes</source>
        <translation>Cambios decididos</translation>
    </message>
    <message>
        <source>Changes still to decide</source>
        <translation>Cambios por decidir</translation>
    </message>
    <message>
        <source>Changes you accepted, rejected or reworded; click one to see it in the text</source>
        <translation>Cambios que aceptó, rechazó o redactó usted; haga clic en uno para verlo en el texto</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Pendientes (%1)</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Decididos (%1)</translation>
    </message>
    <message>
        <source>Decisions made: %1. Click one to see where it is in the text.</source>
        <translation>Decisiones tomadas: %1. Haga clic en una para ver dónde está en el texto.</translation>
    </message>
    <message>
        <source>Nothing decided yet. Accepted, rejected and reworded changes are listed here.</source>
        <translation>Todavía no se ha decidido nada. Aquí aparecen los cambios aceptados, rechazados y redactados por usted.</translation>
    </message>
    <message>
        <source>Humanizing… Changes appear here as paragraphs are rewritten.</source>
        <translation>Humanizando… Los cambios aparecen aquí a medida que se reescriben los párrafos.</translation>
    </message>
    <message>
        <source>No suggestion yet. Humanize the draft to see changes here.</source>
        <translation>Aún no hay sugerencia. Humanice el borrador para ver aquí los cambios.</translation>
    </message>
    <message>
        <source>Humanizing… Pending changes so far: %1</source>
        <translation>Humanizando… Cambios pendientes hasta ahora: %1</translation>
    </message>
    <message>
        <source>No differences: the suggestion says the same as the draft.</source>
        <translation>Sin diferencias: la sugerencia dice lo mismo que el borrador.</translation>
    </message>
    <message>
        <source>All changes decided. Decisions made: %1.</source>
        <translation>Todos los cambios están decididos. Decisiones tomadas: %1.</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Cambios pendientes: %1</translation>
    </message>
</context>
<context>
    <name>ChecksUi</name>
    <message>
        <source>AI-likeness %1</source>
        <translation>Similitud con IA %1</translation>
    </message>
    <message>
        <source>Average of the sentence strip beside this pane: 0 reads like a person, 1 machine-made. A signal, not a verdict.</source>
        <translation>Media de la franja de frases junto a este panel: 0 suena humano, 1 a máquina. Un indicio, no un veredicto.</translation>
    </message>
    <message>
        <source>Language: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Idioma: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading grade: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nivel de lectura: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI-likeness: draft &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Similitud con IA: borrador &lt;b&gt;%1&lt;/b&gt; → sugerencia &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI-likeness of the draft: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Similitud con IA del borrador: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checks run as you type. Press F7 to check now.</source>
        <translation>Las revisiones se hacen mientras escribe. Pulse F7 para revisar ahora.</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>cálido</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>formal</translation>
    </message>
    <message>
        <source>curt</source>
        <translation>seco</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>Tone: draft &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Tono: borrador &lt;b&gt;%1&lt;/b&gt; → sugerencia &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Formality %1 → %2, sentiment %3 → %4</source>
        <translation>Formalidad %1 → %2, sentimiento %3 → %4</translation>
    </message>
    <message>
        <source>Draft %1&lt;br&gt;Suggestion %2</source>
        <translation>Borrador %1&lt;br&gt;Sugerencia %2</translation>
    </message>
    <message>
        <source>Tone of the draft: &lt;b&gt;%1&lt;/b&gt; (formality %2, sentiment %3)</source>
        <translation>Tono del borrador: &lt;b&gt;%1&lt;/b&gt; (formalidad %2, sentimiento %3)</translation>
    </message>
    <message>
        <source>(remove)</source>
        <translation>(quitar)</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Sustituir por «%1»</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
</context>
<context>
    <name>ConnectorBand</name>
    <message>
        <source>Change links</source>
        <translation>Enlaces entre cambios</translation>
    </message>
    <message>
        <source>Accept this change</source>
        <translation>Aceptar este cambio</translation>
    </message>
    <message>
        <source>Reject this change</source>
        <translation>Rechazar este cambio</translation>
    </message>
    <message>
        <source>Show this change</source>
        <translation>Mostrar este cambio</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Dashes are frequent in this text ({rate} per 1,000 words); machine prose overuses them. A comma, colon or full stop often reads better.</source>
        <translation>Los guiones son frecuentes en este texto ({rate} por cada 1000 palabras); los textos escritos por una máquina abusan de ellos. Una coma, dos puntos o un punto suelen leerse mejor.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is common in machine-written text; it can usually go.</source>
        <translation>«{phrase}» es habitual en los textos escritos por una máquina; normalmente se puede quitar.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is common in machine-written text; plainer: {alternatives}.</source>
        <translation>«{phrase}» es habitual en los textos escritos por una máquina; más sencillo: {alternatives}.</translation>
    </message>
    <message>
        <source>{count} lists of three in one paragraph (&apos;{phrase}&apos;); machine prose leans on the rule of three, so keep the items that matter.</source>
        <translation>{count} enumeraciones de tres en un párrafo («{phrase}»); los textos escritos por una máquina abusan de la regla de tres, así que conserve lo que importa.</translation>
    </message>
    <message>
        <source>These {count} sentences are all about the same length ({shortest}–{longest} words); varying the rhythm reads more naturally.</source>
        <translation>Estas {count} frases tienen todas más o menos la misma longitud ({shortest}–{longest} palabras); variar el ritmo se lee con más naturalidad.</translation>
    </message>
    <message>
        <source>{name}: only the body text is used; {parts} left as {as_is}</source>
        <translation>{name}: solo se usa el cuerpo del texto; {parts} se quedan como están</translation>
    </message>
    <message>
        <source>{path} is saved as a new Word file without the original&apos;s formatting: {problem}</source>
        <translation>{path} se guarda como un archivo de Word nuevo, sin el formato del original: {problem}</translation>
    </message>
    <message>
        <source>{path} is written as UTF-8: the text has characters that {encoding} cannot store</source>
        <translation>{path} se escribe en UTF-8: el texto tiene caracteres que {encoding} no puede guardar</translation>
    </message>
    <message>
        <source>{name} has tracked changes: the text is shown with them accepted; saving keeps them, and your edits are saved as plain text</source>
        <translation>{name} tiene control de cambios: el texto se muestra con los cambios aceptados; al guardar se conservan, y sus ediciones se guardan como texto normal</translation>
    </message>
    <message>
        <source>{count} control characters that a Word file cannot hold are left out</source>
        <translation>se omiten {count} caracteres de control que un archivo de Word no puede contener</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: “{words}” is a field Word fills in ({field}); your change to it lasts only until Word updates its fields</source>
        <translation>párrafo {paragraph}: «{words}» es un campo que rellena Word ({field}); su cambio solo dura hasta que Word actualice sus campos</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: the field “{words}” ({field}) is removed, because all its words are</source>
        <translation>párrafo {paragraph}: se elimina el campo «{words}» ({field}), porque se eliminan todas sus palabras</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: the link on “{words}” is removed, because all its words are</source>
        <translation>párrafo {paragraph}: se elimina el enlace de «{words}», porque se eliminan todas sus palabras</translation>
    </message>
    <message>
        <source>paragraph {paragraph} (“{words}”) is removed, and with it its {parts}</source>
        <translation>se elimina el párrafo {paragraph} («{words}») y con él sus {parts}</translation>
    </message>
    <message>
        <source>paragraph {paragraph} has tracked changes: they are kept, but your edits there are saved as plain text, not as tracked changes</source>
        <translation>el párrafo {paragraph} tiene control de cambios: se conservan, pero sus ediciones ahí se guardan como texto normal, no como cambios controlados</translation>
    </message>
    <message>
        <source>a clause of the draft is missing here: &apos;{clause}&apos;</source>
        <translation>aquí falta una oración del borrador: «{clause}»</translation>
    </message>
    <message>
        <source>a sentence of the draft is missing: &apos;{sentence}&apos;</source>
        <translation>falta una frase del borrador: «{sentence}»</translation>
    </message>
    <message>
        <source>words that carry the draft&apos;s meaning are missing: {words}</source>
        <translation>faltan palabras que llevan el sentido del borrador: {words}</translation>
    </message>
    <message>
        <source>the suggestion adds something the draft does not say: &apos;{words}&apos;</source>
        <translation>la sugerencia añade algo que el borrador no dice: «{words}»</translation>
    </message>
    <message>
        <source>the suggestion uses words the draft has no counterpart for: {words}</source>
        <translation>la sugerencia usa palabras sin equivalente en el borrador: {words}</translation>
    </message>
    <message>
        <source>the scope changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>cambió el alcance: «{before}» pasó a ser «{after}»</translation>
    </message>
    <message>
        <source>the scope changed: &apos;{after}&apos; was added</source>
        <translation>cambió el alcance: se añadió «{after}»</translation>
    </message>
    <message>
        <source>the scope widened: &apos;{before}&apos; was dropped</source>
        <translation>el alcance se amplió: se quitó «{before}»</translation>
    </message>
    <message>
        <source>who does what changed: &apos;{first}&apos; and &apos;{second}&apos; swapped places around &apos;{verb}&apos;</source>
        <translation>cambió quién hace qué: «{first}» y «{second}» intercambiaron su lugar en torno a «{verb}»</translation>
    </message>
    <message>
        <source>the subject changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>cambió el sujeto: «{before}» pasó a ser «{after}»</translation>
    </message>
    <message>
        <source>&apos;{pronoun}&apos; was left out, so &apos;{clause}&apos; now reads as said of &apos;{after}&apos;</source>
        <translation>se omitió «{pronoun}», así que «{clause}» ahora se refiere a «{after}»</translation>
    </message>
    <message>
        <source>&apos;{bad}&apos; looks like garbled text (mojibake: text decoded with the wrong encoding); it probably should read &apos;{good}&apos;.</source>
        <translation>«{bad}» parece texto corrupto (mojibake: texto decodificado con la codificación equivocada); probablemente debería decir «{good}».</translation>
    </message>
    <message>
        <source>Spacing or punctuation tidied when the rewrite was cleaned up.</source>
        <translation>Espacios o puntuación ordenados al limpiar la reescritura.</translation>
    </message>
    <message>
        <source>The model rewrote the paragraph in the chosen style; its facts were checked.</source>
        <translation>El modelo reescribió el párrafo en el estilo elegido; se comprobaron sus datos.</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; added</source>
        <translation>«{what}» añadido</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>«{before}» pasó a ser «{after}»</translation>
    </message>
    <message>
        <source>{kind} finding introduced: &apos;{text}&apos;: {explanation}</source>
        <translation>hallazgo de {kind} introducido: «{text}»: {explanation}</translation>
    </message>
    <message>
        <source>grammar error introduced: &apos;{text}&apos;: {explanation}</source>
        <translation>error gramatical introducido: «{text}»: {explanation}</translation>
    </message>
    <message>
        <source>negation added: {words}</source>
        <translation>negación añadida: {words}</translation>
    </message>
    <message>
        <source>negation removed: {words}</source>
        <translation>negación eliminada: {words}</translation>
    </message>
    <message>
        <source>protected term &apos;{term}&apos; removed or altered</source>
        <translation>término protegido «{term}» eliminado o modificado</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; removed</source>
        <translation>«{what}» eliminado</translation>
    </message>
    <message>
        <source>spelling error introduced: &apos;{text}&apos;</source>
        <translation>error ortográfico introducido: «{text}»</translation>
    </message>
    <message>
        <source>spelling error introduced: &apos;{text}&apos; (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>error ortográfico introducido: «{text}» (¿quería decir «{suggestion}»?)</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos; (stronger)</source>
        <translation>«{before}» pasó a ser «{after}» (más fuerte)</translation>
    </message>
    <message>
        <source>Markdown {kinds} changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>Markdown ({kinds}) cambiado: «{before}» pasó a ser «{after}»</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos; (weaker)</source>
        <translation>«{before}» pasó a ser «{after}» (más débil)</translation>
    </message>
    <message>
        <source>the rewrite altered a fact ({fact})</source>
        <translation>la reescritura alteró un dato ({fact})</translation>
    </message>
    <message>
        <source>it changed {share:.0%} of the words; light edits allow {allowed:.0%}</source>
        <translation>cambió el {share:.0%} de las palabras; las correcciones ligeras permiten el {allowed:.0%}</translation>
    </message>
    <message>
        <source>the answer talked about the rewrite instead of giving it (“{phrase}”)</source>
        <translation>la respuesta habló de la reescritura en lugar de darla («{phrase}»)</translation>
    </message>
    <message>
        <source>the answer copied the instructions or examples (“{phrase}”)</source>
        <translation>la respuesta copió las instrucciones o los ejemplos («{phrase}»)</translation>
    </message>
    <message>
        <source>the model&apos;s answer was cut off</source>
        <translation>la respuesta del modelo quedó cortada</translation>
    </message>
    <message>
        <source>the rewrite drifted away from what the draft says</source>
        <translation>la reescritura se alejó de lo que dice el borrador</translation>
    </message>
    <message>
        <source>the answer repeated the instructions (“{phrase}”)</source>
        <translation>la respuesta repitió las instrucciones («{phrase}»)</translation>
    </message>
    <message>
        <source>the model returned no text</source>
        <translation>el modelo no devolvió ningún texto</translation>
    </message>
    <message>
        <source>the rewrite changed what the heading says</source>
        <translation>la reescritura cambió lo que dice el título</translation>
    </message>
    <message>
        <source>the rewrite made the heading much longer ({words} words instead of {draft_words})</source>
        <translation>la reescritura alargó mucho el título ({words} palabras en lugar de {draft_words})</translation>
    </message>
    <message>
        <source>the rewrite turned the heading into a sentence</source>
        <translation>la reescritura convirtió el título en una frase</translation>
    </message>
    <message>
        <source>the rewrite came back in another language ({found} instead of {expected})</source>
        <translation>la reescritura volvió en otro idioma ({found} en lugar de {expected})</translation>
    </message>
    <message>
        <source>the rewrite left out a sentence (“{sentence}”)</source>
        <translation>la reescritura omitió una frase («{sentence}»)</translation>
    </message>
    <message>
        <source>the rewrite was much longer than the draft ({words} words instead of {draft_words})</source>
        <translation>la reescritura era mucho más larga que el borrador ({words} palabras en lugar de {draft_words})</translation>
    </message>
    <message>
        <source>the model repeated itself (“{phrase}”)</source>
        <translation>el modelo se repitió («{phrase}»)</translation>
    </message>
    <message>
        <source>the rewrite added the number {number}, which the draft does not have</source>
        <translation>la reescritura añadió el número {number}, que no está en el borrador</translation>
    </message>
    <message>
        <source>the number {number} was changed or dropped</source>
        <translation>el número {number} se cambió o se omitió</translation>
    </message>
    <message>
        <source>the protected term “{term}” was changed</source>
        <translation>se cambió el término protegido «{term}»</translation>
    </message>
    <message>
        <source>the rewrite was much shorter than the draft ({words} words instead of {draft_words})</source>
        <translation>la reescritura era mucho más corta que el borrador ({words} palabras en lugar de {draft_words})</translation>
    </message>
    <message>
        <source>the rewrite added “{text}”, which the draft does not have</source>
        <translation>la reescritura añadió «{text}», que no está en el borrador</translation>
    </message>
    <message>
        <source>“{text}” was changed</source>
        <translation>se cambió «{text}»</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is chat-assistant boilerplate left in the text.</source>
        <translation>«{phrase}» es una fórmula de asistente de chat que ha quedado en el texto.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written e-mails.</source>
        <translation>«{phrase}» es una frase hecha de los correos escritos por una máquina.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; takes more words than the plain one needs.</source>
        <translation>«{phrase}» usa más palabras que la forma sencilla.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text.</source>
        <translation>«{phrase}» es una frase hecha de los textos escritos por una máquina.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces the news instead of giving it; the excitement adds nothing.</source>
        <translation>«{phrase}» anuncia la noticia en lugar de darla; el entusiasmo no añade nada.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces a point instead of making it; say the thing itself.</source>
        <translation>«{phrase}» anuncia una idea en lugar de expresarla; diga la cosa misma.</translation>
    </message>
    <message>
        <source>&apos;It&apos;s not just X, it&apos;s Y&apos; is a stock contrast of machine-written text; state the point directly.</source>
        <translation>«No es solo X, es Y» es un contraste hecho de los textos escritos por una máquina; dígalo directamente.</translation>
    </message>
    <message>
        <source>&apos;Not only … but also&apos; is a stock frame of machine-written text; say both things plainly.</source>
        <translation>«No solo … sino también» es una estructura hecha de los textos escritos por una máquina; diga ambas cosas con sencillez.</translation>
    </message>
    <message>
        <source>&apos;Whether you&apos;re a … or a …&apos; is a stock opener of machine-written text; address the reader you have.</source>
        <translation>«Tanto si es … como si es …» es un comienzo hecho de los textos escritos por una máquina; diríjase al lector que tiene.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hedges the claim; machine-written text hedges more than people do.</source>
        <translation>«{phrase}» suaviza la afirmación; los textos escritos por una máquina matizan más que las personas.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hedges twice; one hedge is enough.</source>
        <translation>«{phrase}» matiza dos veces; con una basta.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is an empty intensifier; the word after it is stronger alone.</source>
        <translation>«{phrase}» es un intensificador vacío; la palabra siguiente es más fuerte sola.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses; the verb works without it.</source>
        <translation>«{phrase}» es una de las palabras que los textos escritos por una máquina usan en exceso; el verbo funciona sin ella.</translation>
    </message>
    <message>
        <source>kept the draft: {reason}</source>
        <translation>se mantuvo el borrador: {reason}</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hides the action in a noun; the verb says it directly.</source>
        <translation>«{phrase}» esconde la acción en un sustantivo; el verbo la dice directamente.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock sentence opener of machine-written text.</source>
        <translation>«{phrase}» es un comienzo de frase hecho de los textos escritos por una máquina.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock scene-setter of machine-written text; it says nothing about the subject.</source>
        <translation>«{phrase}» es una introducción hecha de los textos escritos por una máquina; no dice nada del tema.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces the ending; readers know when a text ends, so the formula reads like a template.</source>
        <translation>«{phrase}» anuncia el final; el lector sabe cuándo termina un texto, así que la fórmula suena a plantilla.</translation>
    </message>
    <message>
        <source>Your own rule, learned from your edits: “{phrase}” becomes “{fix}”.</source>
        <translation>Su propia regla, aprendida de sus ediciones: «{phrase}» pasa a ser «{fix}».</translation>
    </message>
    <message>
        <source>rule fixes applied; the model&apos;s rewrite was not used: {reason}</source>
        <translation>correcciones por reglas aplicadas; no se usó la reescritura del modelo: {reason}</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses.</source>
        <translation>«{phrase}» es una de las palabras que los textos escritos por una máquina usan en exceso.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text; say what the thing does.</source>
        <translation>«{phrase}» es una frase hecha de los textos escritos por una máquina; diga lo que hace la cosa.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words most typical of machine-written text.</source>
        <translation>«{phrase}» es una de las palabras más típicas de los textos escritos por una máquina.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses; &apos;use&apos; says the same.</source>
        <translation>«{phrase}» es una de las palabras que los textos escritos por una máquina usan en exceso; «use» dice lo mismo.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text; say what it shows.</source>
        <translation>«{phrase}» es una frase hecha de los textos escritos por una máquina; diga lo que demuestra.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock opener of machine-written text; address the reader you have.</source>
        <translation>«{phrase}» es un comienzo hecho de los textos escritos por una máquina; diríjase al lector que tiene.</translation>
    </message>
    <message>
        <source>This sentence is long enough to lose the reader; it reads better split in two.</source>
        <translation>Esta frase es tan larga que el lector se pierde; se lee mejor dividida en dos.</translation>
    </message>
    <message>
        <source>This sentence piles up passive constructions; saying who does what reads more directly.</source>
        <translation>Esta frase acumula construcciones pasivas; decir quién hace qué se lee de forma más directa.</translation>
    </message>
    <message>
        <source>Several sentences of this paragraph open with &apos;{phrase}&apos;; varying the openers reads more naturally.</source>
        <translation>Varias frases de este párrafo empiezan con «{phrase}»; variar los comienzos se lee con más naturalidad.</translation>
    </message>
    <message>
        <source>Lists of three pile up in this paragraph; machine-written text leans on the rule of three.</source>
        <translation>En este párrafo se acumulan las enumeraciones de tres; los textos escritos por una máquina abusan de la regla de tres.</translation>
    </message>
    <message>
        <source>The sentences of this paragraph are all about the same length; splitting the longest one varies the rhythm.</source>
        <translation>Las frases de este párrafo tienen todas más o menos la misma longitud; dividir la más larga varía el ritmo.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” uses contractions: “{phrase}” → “{fix}”.</source>
        <translation>Su voz «{voice}» usa contracciones: «{phrase}» → «{fix}».</translation>
    </message>
    <message>
        <source>Your voice “{voice}” writes words out: “{phrase}” → “{fix}”.</source>
        <translation>Su voz «{voice}» escribe las palabras completas: «{phrase}» → «{fix}».</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has longer sentences (about {words} words): joined.</source>
        <translation>Su voz «{voice}» tiene frases más largas (unas {words} palabras): unidas.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” uses no semicolons: two sentences instead.</source>
        <translation>Su voz «{voice}» no usa punto y coma: dos frases en su lugar.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has shorter sentences (about {words} words): the model split this one.</source>
        <translation>Su voz «{voice}» tiene frases más cortas (unas {words} palabras): el modelo dividió esta.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” spells it “{fix}”.</source>
        <translation>Su voz «{voice}» lo escribe «{fix}».</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has shorter sentences (about {words} words): split in two.</source>
        <translation>Su voz «{voice}» tiene frases más cortas (unas {words} palabras): dividida en dos.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; may not speak to everyone in a mixed audience; {alternatives} does.</source>
        <translation>«{term}» quizá no se dirija a todos en un público mixto; {alternatives} sí.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; can read as dismissive of disabled people; {alternatives} is plainer.</source>
        <translation>«{term}» puede sonar despectivo hacia las personas con discapacidad; {alternatives} es más llano.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is gendered; a neutral word such as {alternatives} includes everyone.</source>
        <translation>«{term}» tiene género; una palabra neutra como {alternatives} incluye a todos.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; uses the masculine form for a mixed group; {alternatives} includes everyone.</source>
        <translation>«{term}» usa el masculino para un grupo mixto; {alternatives} incluye a todos.</translation>
    </message>
    <message>
        <source>Consider {alternatives} instead of &apos;{term}&apos;.</source>
        <translation>Considere {alternatives} en lugar de «{term}».</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; can read as setting people apart; {alternatives} is more neutral.</source>
        <translation>«{term}» puede sonar a apartar a personas; {alternatives} es más neutro.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos;: {reason} Consider {alternatives}.</source>
        <translation>«{term}»: {reason} Considere {alternatives}.</translation>
    </message>
    <message>
        <source>An accepted rewrite is shown to the model as an example for similar {language} paragraphs: “{before}” → “{after}”.</source>
        <translation>Una reescritura aceptada se muestra al modelo como ejemplo para párrafos parecidos ({language}): «{before}» → «{after}».</translation>
    </message>
    <message>
        <source>What Humanize Desktop learned from your decisions could not be read ({reason}), so it starts learning afresh. The old file is kept as {aside}.</source>
        <translation>No se pudo leer lo que Humanize Desktop aprendió de sus decisiones ({reason}), así que empieza a aprender de nuevo. El archivo anterior se conserva como {aside}.</translation>
    </message>
    <message>
        <source>You replaced “{before}” with “{after}” {count} times, so that is now your own rule for {language} text.</source>
        <translation>Ha sustituido «{before}» por «{after}» {count} veces, así que ahora es su propia regla para textos en {language}.</translation>
    </message>
    <message>
        <source>You kept “{term}” as written {count} times: suggested as a protected term.</source>
        <translation>Ha mantenido «{term}» tal cual {count} veces: se sugiere como término protegido.</translation>
    </message>
    <message>
        <source>“{term}” is a protected term: you kept it as written {count} times.</source>
        <translation>«{term}» es un término protegido: lo ha mantenido tal cual {count} veces.</translation>
    </message>
    <message>
        <source>You rejected {rejected} of {total} changes by the rule {rule} (such as “{before}” → “{after}”) in {language} text with the {style} style, so it is no longer applied there.</source>
        <translation>Ha rechazado {rejected} de {total} cambios de la regla {rule} (como «{before}» → «{after}») en textos en {language} con el estilo {style}, así que ya no se aplica ahí.</translation>
    </message>
    <message>
        <source>What Humanize Desktop learned from your decisions could not be read from {path} ({reason}); learning is off until that is fixed, and the file is not saved over.</source>
        <translation>No se pudo leer de {path} lo que Humanize Desktop aprendió de sus decisiones ({reason}); el aprendizaje queda desactivado hasta que se resuelva y el archivo no se sobrescribe.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; could mean {first} or {second}, depending on the reader&apos;s country; write it so only one reading is possible.</source>
        <translation>«{term}» puede significar {first} o {second} según el país del lector; escríbalo sin ambigüedad.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not how {language} text writes dates: &apos;{suggestion}&apos;.</source>
        <translation>«{term}» no es como un texto en {language} escribe las fechas: «{suggestion}».</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; puts the {first_part} first, which {language} readers do not expect: &apos;{suggestion}&apos;.</source>
        <translation>«{term}» pone {first_part} primero, lo que los lectores en {language} no esperan: «{suggestion}».</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is written the way other languages write numbers; in {language} text: &apos;{suggestion}&apos;.</source>
        <translation>«{term}» está escrito como otros idiomas escriben los números; en un texto en {language}: «{suggestion}».</translation>
    </message>
    <message>
        <source>{language} text puts quotations in {expected}, not {found}.</source>
        <translation>un texto en {language} pone las citas entre {expected}, no entre {found}.</translation>
    </message>
    <message>
        <source>the file marks the unit as final</source>
        <translation>el archivo marca la unidad como final</translation>
    </message>
    <message>
        <source>the model changed or dropped an inline tag or placeholder</source>
        <translation>el modelo cambió o quitó una etiqueta o un marcador de posición</translation>
    </message>
    <message>
        <source>the polish may change the meaning: {detail}</source>
        <translation>el pulido podría cambiar el sentido: {detail}</translation>
    </message>
    <message>
        <source>the unit has no translation to polish</source>
        <translation>la unidad no tiene traducción que pulir</translation>
    </message>
    <message>
        <source>the polish brought a new {kind} problem: {message}</source>
        <translation>el pulido introdujo un problema nuevo ({kind}): {message}</translation>
    </message>
    <message>
        <source>The date {target} is not the source&apos;s {source}</source>
        <translation>La fecha {target} no es la del origen ({source})</translation>
    </message>
    <message>
        <source>The date {date} is not in the source</source>
        <translation>La fecha {date} no está en el origen</translation>
    </message>
    <message>
        <source>The date {date} in the source is not in the target</source>
        <translation>La fecha {date} del origen falta en el destino</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>The same target translates a different source in unit {other}</source>
        <translation>El mismo destino traduce otro origen en la unidad {other}</translation>
    </message>
    <message>
        <source>The same source is translated differently in unit {other}</source>
        <translation>El mismo origen está traducido de otra forma en la unidad {other}</translation>
    </message>
    <message>
        <source>The target looks like {found}, not {expected}</source>
        <translation>El destino parece estar en {found}, no en {expected}</translation>
    </message>
    <message>
        <source>The target has {length} characters; the file allows {limit}</source>
        <translation>El destino tiene {length} caracteres; el archivo permite {limit}</translation>
    </message>
    <message>
        <source>The target is {ratio} times as long as the source</source>
        <translation>El destino es {ratio} veces más largo que el origen</translation>
    </message>
    <message>
        <source>{target} should be {expected} (the source says {source})</source>
        <translation>{target} debería ser {expected} (el origen dice {source})</translation>
    </message>
    <message>
        <source>The number {number} is not in the source</source>
        <translation>El número {number} no está en el origen</translation>
    </message>
    <message>
        <source>{target} is written the source&apos;s way; in {language} it is {expected}</source>
        <translation>{target} está escrito como en el origen; en {language} es {expected}</translation>
    </message>
    <message>
        <source>The number {number} in the source is not in the target</source>
        <translation>El número {number} del origen falta en el destino</translation>
    </message>
    <message>
        <source>The placeholder {target} should be {source}</source>
        <translation>El marcador {target} debería ser {source}</translation>
    </message>
    <message>
        <source>The placeholders {placeholder} are not in the source</source>
        <translation>Los marcadores {placeholder} no están en el origen</translation>
    </message>
    <message>
        <source>The placeholders {placeholder} are missing from the target</source>
        <translation>Los marcadores {placeholder} faltan en el destino</translation>
    </message>
    <message>
        <source>The placeholders {placeholders} are in a different order than in the source</source>
        <translation>Los marcadores {placeholders} están en otro orden que en el origen</translation>
    </message>
    <message>
        <source>The source ends with &apos;{source}&apos; but the target ends with &apos;{target}&apos;</source>
        <translation>El origen termina en «{source}» pero el destino en «{target}»</translation>
    </message>
    <message>
        <source>The target ends with &apos;{target}&apos; but the source has no final punctuation</source>
        <translation>El destino termina en «{target}» pero el origen no tiene puntuación final</translation>
    </message>
    <message>
        <source>The source ends with &apos;{source}&apos; but the target has no final punctuation</source>
        <translation>El origen termina en «{source}» pero el destino no tiene puntuación final</translation>
    </message>
    <message>
        <source>A {language} sentence ending in &apos;{closing}&apos; opens with &apos;{opening}&apos;</source>
        <translation>Una oración en {language} que termina en «{closing}» empieza con «{opening}»</translation>
    </message>
    <message>
        <source>&apos;{quote}&apos; is not a quotation mark used in {language}</source>
        <translation>«{quote}» no es una comilla que se use en {language}</translation>
    </message>
    <message>
        <source>{language} puts a no-break space after &apos;{mark}&apos;</source>
        <translation>En {language} va un espacio de no separación después de «{mark}»</translation>
    </message>
    <message>
        <source>{language} puts a no-break space before &apos;{mark}&apos;</source>
        <translation>En {language} va un espacio de no separación antes de «{mark}»</translation>
    </message>
    <message>
        <source>Two spaces in a row</source>
        <translation>Dos espacios seguidos</translation>
    </message>
    <message>
        <source>The target&apos;s leading spaces differ from the source&apos;s</source>
        <translation>Los espacios al principio del destino difieren de los del origen</translation>
    </message>
    <message>
        <source>No space before &apos;{mark}&apos;</source>
        <translation>Sin espacio antes de «{mark}»</translation>
    </message>
    <message>
        <source>The target&apos;s trailing spaces differ from the source&apos;s</source>
        <translation>Los espacios al final del destino difieren de los del origen</translation>
    </message>
    <message>
        <source>The tag {target} should be {source}</source>
        <translation>La etiqueta {target} debería ser {source}</translation>
    </message>
    <message>
        <source>The tags {tag} are not in the source</source>
        <translation>Las etiquetas {tag} no están en el origen</translation>
    </message>
    <message>
        <source>The tags {tag} are missing from the target</source>
        <translation>Las etiquetas {tag} faltan en el destino</translation>
    </message>
    <message>
        <source>The tags are in a different order than in the source</source>
        <translation>Las etiquetas están en otro orden que en el origen</translation>
    </message>
    <message>
        <source>&apos;{found}&apos; is a forbidden translation of &apos;{term}&apos;; use &apos;{expected}&apos;</source>
        <translation>«{found}» es una traducción prohibida de «{term}»; use «{expected}»</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; must not be translated</source>
        <translation>«{term}» no debe traducirse</translation>
    </message>
    <message>
        <source>The glossary term &apos;{term}&apos; should be translated as &apos;{expected}&apos;</source>
        <translation>El término del glosario «{term}» debería traducirse como «{expected}»</translation>
    </message>
    <message>
        <source>The unit has no translation</source>
        <translation>La unidad no tiene traducción</translation>
    </message>
    <message>
        <source>The target is in {language}, the source language</source>
        <translation>El destino está en {language}, el idioma de origen</translation>
    </message>
    <message>
        <source>The target is the same as the source</source>
        <translation>El destino es igual al origen</translation>
    </message>
    <message>
        <source>The address {target} is not the source&apos;s {source}</source>
        <translation>La dirección {target} no es la del origen ({source})</translation>
    </message>
    <message>
        <source>The address {address} is not in the source</source>
        <translation>La dirección {address} no está en el origen</translation>
    </message>
    <message>
        <source>The address {address} in the source is not in the target</source>
        <translation>La dirección {address} del origen falta en el destino</translation>
    </message>
    <message>
        <source>This sentence has {words} words; sentences over {limit} are hard to follow. Consider splitting it.</source>
        <translation>Esta frase tiene {words} palabras; las frases de más de {limit} cuestan de seguir. Considere dividirla.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; addresses the reader in the {form} form; the {norm} register was asked for.</source>
        <translation>«{term}» se dirige al lector en la forma {form}; se pidió el registro {norm}.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is a contraction; a formal text writes &apos;{full}&apos;.</source>
        <translation>«{term}» es una contracción; un texto formal escribe «{full}».</translation>
    </message>
    <message>
        <source>Mixed forms of address: this text mostly uses the {norm} form (&apos;{example}&apos;), but &apos;{term}&apos; is {form}.</source>
        <translation>Formas de tratamiento mezcladas: este texto usa sobre todo la forma {norm} («{example}»), pero «{term}» es {form}.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({reason}) and could not be renamed ({move_reason}), so Humanize Desktop uses default settings and will not save over it.</source>
        <translation>El archivo de ajustes {path} está dañado ({reason}) y no se pudo renombrar ({move_reason}), así que Humanize Desktop usa los ajustes predeterminados y no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}), so Humanize Desktop started with default settings. The old file is kept as {aside}; copy what you need from it into the settings.</source>
        <translation>No se pudo leer el archivo de ajustes ({reason}), así que Humanize Desktop se inició con los ajustes predeterminados. El archivo anterior se conserva como {aside}; copie de él lo que necesite.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}), so Humanize Desktop uses default settings and will not save over that file. Check its permissions.</source>
        <translation>No se pudo leer el archivo de ajustes {path} ({reason}), así que Humanize Desktop usa los ajustes predeterminados y no sobrescribirá ese archivo. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in the {dictionary} dictionary.</source>
        <translation>«{word}» no está en el diccionario {dictionary}.</translation>
    </message>
    <message>
        <source>Precise, measured scholarly prose with careful claims.</source>
        <translation>Prosa académica precisa y mesurada, con afirmaciones prudentes.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <source>Relaxed and conversational, as in a message to a colleague you know well.</source>
        <translation>Relajado y conversacional, como en un mensaje a un colega de confianza.</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Says the same in fewer words.</source>
        <translation>Dice lo mismo con menos palabras.</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Conciso</translation>
    </message>
    <message>
        <source>Plain, varied prose that sounds like a thoughtful person, not a template.</source>
        <translation>Prosa sencilla y variada que suena a una persona reflexiva, no a una plantilla.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
    <message>
        <source>Clear, confident business writing without jargon or hype.</source>
        <translation>Redacción profesional clara y segura, sin jerga ni exageraciones.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Short sentences and common words that anyone can follow.</source>
        <translation>Frases cortas y palabras comunes que cualquiera puede seguir.</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Sencillo</translation>
    </message>
    <message>
        <source>Kind and personal, with a human touch.</source>
        <translation>Amable y personal, con un toque humano.</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Cálido</translation>
    </message>
    <message>
        <source>the rewrite made this formal paragraph much less formal (formality {before} → {after})</source>
        <translation>la reescritura ha hecho este párrafo formal mucho menos formal (formalidad {before} → {after})</translation>
    </message>
    <message>
        <source>the draft was warm here and the rewrite reads curt: its thanks, apology or kind words may be gone</source>
        <translation>el borrador era cálido aquí y la reescritura suena seca: puede que falten el agradecimiento, la disculpa o las palabras amables</translation>
    </message>
    <message>
        <source>the rewrite made this paragraph sound negative (sentiment {before} → {after})</source>
        <translation>la reescritura hace que este párrafo suene negativo (sentimiento {before} → {after})</translation>
    </message>
    <message>
        <source>“{name}” cannot name a voice: use letters, digits, spaces, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64, not starting with a dot or a space)</source>
        <translation>«{name}» no puede dar nombre a una voz: use letras, dígitos, espacios, &apos;-&apos;, &apos;_&apos; o &apos;.&apos; (64 como máximo, sin punto ni espacio al principio)</translation>
    </message>
    <message>
        <source>the voice profile {path} cannot be used: {problem}; fix or delete the file</source>
        <translation>el perfil de voz {path} no se puede usar: {problem}; corrija o elimine el archivo</translation>
    </message>
    <message>
        <source>no text to learn a voice from in {files}</source>
        <translation>no hay texto del que aprender una voz en {files}</translation>
    </message>
    <message>
        <source>there is no voice called “{name}” (see `humanize-desktop voice list`)</source>
        <translation>no hay ninguna voz llamada «{name}» (vea `humanize-desktop voice list`)</translation>
    </message>
</context>
<context>
    <name>DecidedModel</name>
    <message>
        <source>Accepted</source>
        <extracomment>The row&apos;s (DecisionRecord, place in the draft or None).</extracomment>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Su redacción</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>quitar %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2, instead of %3</source>
        <translation>%1 → %2, en lugar de %3</translation>
    </message>
    <message>
        <source>Draft: %1
Suggestion: %2
Now: %3</source>
        <translation>Borrador: %1
Sugerencia: %2
Ahora: %3</translation>
    </message>
    <message>
        <source>Decided before this review was opened; its place is not known.</source>
        <translation>Decidido antes de abrir esta revisión; no se sabe dónde está.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Cannot Open File</source>
        <extracomment>A file was read and is now shown. A save finished: the path written. An export (final text or report) was written: the path. The target (name shown in the title) changed. Something the person should know about the file just opened. What the report says beyond the review file (flags, findings, …); the window provides it.</extracomment>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>“%1” has tracked changes: the text is shown with them accepted. Saving keeps them; your edits are saved as plain text.</source>
        <translation>«%1» tiene control de cambios: el texto se muestra con los cambios aceptados. Al guardar se conservan; sus ediciones se guardan como texto normal.</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>tablas: %1</translation>
    </message>
    <message>
        <source>headers and footers: %1</source>
        <translation>encabezados y pies de página: %1</translation>
    </message>
    <message>
        <source>text boxes: %1</source>
        <translation>cuadros de texto: %1</translation>
    </message>
    <message>
        <source>Only the body text is shown for review. Not shown, and kept as they are when you save: %1.</source>
        <translation>Solo se muestra el cuerpo del texto para revisar. No se muestran y se conservan tal cual al guardar: %1.</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;Word (*.docx);;Humanize review (*.humanize)</source>
        <translation>Texto (*.txt);;Markdown (*.md);;Word (*.docx);;Revisión de Humanize (*.humanize)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Guardar la revisión como</translation>
    </message>
    <message>
        <source>Humanize review (*.humanize)</source>
        <translation>Revisión de Humanize (*.humanize)</translation>
    </message>
    <message>
        <source>Export Final Text</source>
        <translation>Exportar el texto final</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;Word (*.docx)</source>
        <translation>Texto (*.txt);;Markdown (*.md);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>Exportar el informe de cambios</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>Informe de cambios</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Final text</source>
        <translation>Texto final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcados</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Paragraphs kept as drafted</source>
        <translation>Párrafos que se dejaron como estaban</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>AI-likeness</source>
        <translation>Similitud con IA</translation>
    </message>
    <message>
        <source>draft %1 → suggestion %2 (0 reads like a person, 1 machine-made)</source>
        <translation>borrador %1 → sugerencia %2 (0 parece escrito por una persona, 1 por una máquina)</translation>
    </message>
    <message>
        <source>draft %1 (0 reads like a person, 1 machine-made)</source>
        <translation>borrador %1 (0 parece escrito por una persona, 1 por una máquina)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2).</source>
        <translation>No se pudo guardar %1 (%2).</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>EditChangeDialog</name>
    <message>
        <source>Edit Change</source>
        <translation>Editar el cambio</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Borrador:</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Sugerencia:</translation>
    </message>
    <message>
        <source>&amp;Your version:</source>
        <translation>&amp;Su versión:</translation>
    </message>
</context>
<context>
    <name>EmptySuggestion</name>
    <message>
        <source>Humanize</source>
        <translation>Humanizar</translation>
    </message>
    <message>
        <source>Humanize the draft</source>
        <translation>Humanizar el borrador</translation>
    </message>
    <message>
        <source>Humanizing…</source>
        <translation>Humanizando…</translation>
    </message>
    <message>
        <source>The suggestion appears here paragraph by paragraph.</source>
        <translation>La sugerencia aparece aquí párrafo a párrafo.</translation>
    </message>
    <message>
        <source>No suggestion yet.
Humanize the draft to get a rewrite you can review change by change.</source>
        <translation>Aún no hay sugerencia.
Humanice el borrador para obtener una reescritura que podrá revisar cambio a cambio.</translation>
    </message>
    <message>
        <source>Type or paste your draft on the left, or open a file (Ctrl+O) or drop it here.
Then humanize it to get a rewrite you can review change by change.</source>
        <translation>Escriba o pegue su borrador a la izquierda, o abra un archivo (Ctrl+O) o suéltelo aquí.
Luego humanícelo para obtener una reescritura que podrá revisar cambio a cambio.</translation>
    </message>
</context>
<context>
    <name>EngineManager</name>
    <message>
        <source>Server: %1</source>
        <extracomment>State reports from worker threads, delivered on the GUI thread.</extracomment>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>your own server</source>
        <translation>su propio servidor</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something Went Wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Humanize Desktop ran into a problem it did not expect:
%1</source>
        <translation>Humanize Desktop se encontró con un problema inesperado:
%1</translation>
    </message>
    <message>
        <source>Your work is safe: it was saved to %1 and will be offered back if the app has to close.</source>
        <translation>Su trabajo está a salvo: se guardó en %1 y se le ofrecerá de nuevo si la aplicación tiene que cerrarse.</translation>
    </message>
    <message>
        <source>Save your work now, then restart the app.</source>
        <translation>Guarde su trabajo ahora y luego reinicie la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Buscar texto</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <extracomment>The groups, in the order the list shows them. The panel came on screen (it is rebuilt only while visible).</extracomment>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Choose which kinds of finding the list shows</source>
        <translation>Elegir qué tipos de observaciones muestra la lista</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Gramática</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>AI-tells</source>
        <translation>Muletillas de IA</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Legibilidad</translation>
    </message>
    <message>
        <source>Inclusive language</source>
        <translation>Lenguaje inclusivo</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Locale conventions</source>
        <translation>Convenciones locales</translation>
    </message>
    <message>
        <source>Introduced by the rewrite</source>
        <translation>Introducido por la reescritura</translation>
    </message>
    <message>
        <source>Paragraphs kept as drafted</source>
        <translation>Párrafos que se dejaron como estaban</translation>
    </message>
    <message>
        <source>Tone changed by the rewrite</source>
        <translation>Tono cambiado por la reescritura</translation>
    </message>
    <message>
        <source>… and %1 more (see the underlines in the text)</source>
        <translation>… y %1 más (vea los subrayados en el texto)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>sugerencia</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nada que señalar.</translation>
    </message>
    <message>
        <source>The findings are hidden; choose them under Show.</source>
        <translation>Las observaciones están ocultas; elígelas en «Mostrar».</translation>
    </message>
</context>
<context>
    <name>HeatStrip</name>
    <message>
        <source>AI-likeness by sentence</source>
        <translation>Similitud con IA por frase</translation>
    </message>
    <message>
        <source>reads like a person wrote it</source>
        <translation>suena escrita por una persona</translation>
    </message>
    <message>
        <source>has some machine-like habits</source>
        <translation>tiene algunos hábitos de máquina</translation>
    </message>
    <message>
        <source>reads machine-made</source>
        <translation>suena a máquina</translation>
    </message>
    <message>
        <source>model and phrases</source>
        <translation>modelo y expresiones</translation>
    </message>
    <message>
        <source>phrases only; press F7 with a model loaded for the model&apos;s view</source>
        <translation>solo expresiones; pulse F7 con un modelo cargado para ver la valoración del modelo</translation>
    </message>
    <message>
        <source>This sentence %1 (%2; from %3). A signal, not a verdict.</source>
        <translation>Esta frase %1 (%2; según %3). Un indicio, no un veredicto.</translation>
    </message>
</context>
<context>
    <name>HumanizeBar</name>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>How the rewrite should sound</source>
        <translation>Cómo debe sonar la reescritura</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Rule fixes only: stock phrases and filler go; no model needed</source>
        <translation>Solo correcciones por reglas: se van las frases hechas y el relleno; no hace falta modelo</translation>
    </message>
    <message>
        <source>Rule fixes, and the model reworks single sentences (each checked)</source>
        <translation>Correcciones por reglas, y el modelo rehace frases sueltas (cada una comprobada)</translation>
    </message>
    <message>
        <source>Also lets the model rewrite whole paragraphs, checked the same way</source>
        <translation>Deja también que el modelo reescriba párrafos enteros, comprobados igual</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Intensidad: %1</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Extra instructions for the model</source>
        <translation>Instrucciones adicionales para el modelo</translation>
    </message>
    <message>
        <source>Protected terms, comma-separated</source>
        <translation>Términos protegidos, separados por comas</translation>
    </message>
    <message>
        <source>Protected terms</source>
        <translation>Términos protegidos</translation>
    </message>
    <message>
        <source>Words and names the model must keep exactly as written</source>
        <translation>Palabras y nombres que el modelo debe conservar tal cual</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Steer the rewrite toward a voice learned from your own writing</source>
        <translation>Orientar la reescritura hacia una voz aprendida de sus propios textos</translation>
    </message>
    <message>
        <source>Humanize</source>
        <translation>Humanizar</translation>
    </message>
    <message>
        <source>Rewrite the draft with the local model (Ctrl+Shift+H)</source>
        <translation>Reescribir el borrador con el modelo local (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Humanizing progress</source>
        <translation>Progreso de la humanización</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop humanizing; finished paragraphs stay (Esc)</source>
        <translation>Detener la humanización; los párrafos terminados se quedan (Esc)</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>Est&amp;ilo:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Intensidad:</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oz:</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>Sin voz</translation>
    </message>
    <message>
        <source>Instructions ✓</source>
        <translation>Instrucciones ✓</translation>
    </message>
</context>
<context>
    <name>HumanizeController</name>
    <message>
        <source>Starting the model…</source>
        <extracomment>Paragraphs finished, paragraphs in all, and a line saying what happens now. The model&apos;s words for the paragraph being written, as they come. The pass ended: a summary for the status bar (&quot;&quot; when nothing ran). The pass failed: a complete sentence saying why, and how many paragraphs were done. Kept paragraphs changed (for the findings panel and the marks).</extracomment>
        <translation>Iniciando el modelo…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Reescribiendo…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Rewriting paragraph %1 of %2…</source>
        <translation>Reescribiendo el párrafo %1 de %2…</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2: trying again…</source>
        <translation>Párrafo %1 de %2: nuevo intento…</translation>
    </message>
    <message>
        <source>The first answer was not used: %1</source>
        <translation>La primera respuesta no se usó: %1</translation>
    </message>
    <message>
        <source>Kept as drafted: %1</source>
        <translation>Se dejó como estaba: %1</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 done</source>
        <translation>Párrafo %1 de %2 terminado</translation>
    </message>
    <message>
        <source>Paragraphs rewritten: %1</source>
        <translation>Párrafos reescritos: %1</translation>
    </message>
    <message>
        <source>kept as drafted: %1 (hover the shaded text to see why)</source>
        <translation>se dejaron como estaban: %1 (pase el ratón por el texto sombreado para ver por qué)</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Stopped. Paragraphs finished: %1; the rest stays as drafted.</source>
        <translation>Detenido. Párrafos terminados: %1; el resto se queda como estaba.</translation>
    </message>
    <message>
        <source>The model is rewriting this paragraph</source>
        <translation>El modelo está reescribiendo este párrafo</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>InstructionsEditor</name>
    <message>
        <source>For example: keep British spelling; address the reader as “you”.</source>
        <translation>Por ejemplo: usar el español de México; tratar al lector de «tú».</translation>
    </message>
    <message>
        <source>Custom instructions</source>
        <translation>Instrucciones propias</translation>
    </message>
    <message>
        <source>Custom &amp;instructions for the model:</source>
        <translation>&amp;Instrucciones propias para el modelo:</translation>
    </message>
</context>
<context>
    <name>LearnVoiceDialog</name>
    <message>
        <source>Learn a Voice</source>
        <translation>Aprender una voz</translation>
    </message>
    <message>
        <source>Choose a few files you wrote yourself (.txt, .md or .docx; a few hundred words or more). Their sentence length, contractions, punctuation and spelling become a voice that rewrites can follow. It stays on this computer.</source>
        <translation>Elija algunos archivos que haya escrito usted (.txt, .md o .docx; unos cientos de palabras o más). Su longitud de frase, contracciones, puntuación y ortografía se convierten en una voz que las reescrituras pueden seguir. Se queda en este equipo.</translation>
    </message>
    <message>
        <source>e.g. My blog</source>
        <translation>p. ej. Mi blog</translation>
    </message>
    <message>
        <source>Voice name</source>
        <translation>Nombre de la voz</translation>
    </message>
    <message>
        <source>Sample files</source>
        <translation>Archivos de muestra</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>A&amp;prender</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <source>Samples of Your Writing</source>
        <translation>Muestras de sus textos</translation>
    </message>
    <message>
        <source>Text, Markdown or Word files (*.txt *.md *.markdown *.docx);;All files (*)</source>
        <translation>Archivos de texto, Markdown o Word (*.txt *.md *.markdown *.docx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>LearnedDialog</name>
    <message>
        <source>What I&apos;ve Learned</source>
        <translation>Lo que he aprendido</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que he aprendido</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget this and the decisions it was learned from</source>
        <translation>Olvidar esto y las decisiones de las que se aprendió</translation>
    </message>
    <message>
        <source>&amp;Protect Term</source>
        <translation>&amp;Proteger término</translation>
    </message>
    <message>
        <source>Add this word to the protected terms: it is never changed</source>
        <translation>Añadir esta palabra a los términos protegidos: nunca se cambia</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Restablecer…</translation>
    </message>
    <message>
        <source>Rule off</source>
        <translation>Regla desactivada</translation>
    </message>
    <message>
        <source>Protected term</source>
        <translation>Término protegido</translation>
    </message>
    <message>
        <source>Own rule</source>
        <translation>Regla propia</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Learning is paused: your decisions are not learned from, and nothing learned is applied.</source>
        <translation>El aprendizaje está en pausa: no se aprende de sus decisiones y no se aplica nada de lo aprendido.</translation>
    </message>
    <message>
        <source>Nothing learned yet. As you accept, reject and edit changes, what you keep choosing shows here. It stays on this computer.</source>
        <translation>Aún no se ha aprendido nada. Al aceptar, rechazar y editar cambios, lo que elige una y otra vez aparece aquí. Se queda en este equipo.</translation>
    </message>
    <message>
        <source>Learned from your decisions on this computer. Switch off what should not apply, or forget it.</source>
        <translation>Aprendido de sus decisiones en este equipo. Desactive lo que no deba aplicarse, u olvídelo.</translation>
    </message>
    <message>
        <source>Resume &amp;Learning</source>
        <translation>&amp;Reanudar aprendizaje</translation>
    </message>
    <message>
        <source>P&amp;ause Learning</source>
        <translation>Pa&amp;usar aprendizaje</translation>
    </message>
    <message>
        <source>Reset What I&apos;ve Learned</source>
        <translation>Restablecer lo aprendido</translation>
    </message>
    <message>
        <source>Forget everything learned from your decisions? This cannot be undone.</source>
        <translation>¿Olvidar todo lo aprendido de sus decisiones? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Changes</source>
        <extracomment>Emitted after a file was opened or a review restored (tests wait on it).</extracomment>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>Co&amp;mprobaciones</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>Mo&amp;delo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Humanize</source>
        <translation>Humanizar</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el autoguardado: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Se exportó a «%1».</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Edit Change</source>
        <translation>Editar el cambio</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Rechazar todo</translation>
    </message>
    <message>
        <source>Accept All but Flagged</source>
        <translation>Aceptar todos salvo los marcados</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Changes accepted: %1. Undo with Ctrl+Z.</source>
        <translation>Cambios aceptados: %1. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changes accepted: %1; flagged changes left pending: %2. Undo with Ctrl+Z.</source>
        <translation>Cambios aceptados: %1; cambios marcados que siguen pendientes: %2. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changes rejected: %1. Undo with Ctrl+Z.</source>
        <translation>Cambios rechazados: %1. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>There is no draft to humanize yet: type, paste or open one.</source>
        <translation>Aún no hay borrador que humanizar: escriba, pegue o abra uno.</translation>
    </message>
    <message>
        <source>Learned the voice “%1” from %2 words; pick it under Voice to humanize toward it.</source>
        <translation>Voz «%1» aprendida de %2 palabras; elíjala en Voz para humanizar hacia ella.</translation>
    </message>
    <message>
        <source>Humanizing stopped: %1</source>
        <translation>La humanización se detuvo: %1</translation>
    </message>
    <message>
        <source>The paragraphs already rewritten were kept.</source>
        <translation>Se conservaron los párrafos ya reescritos.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>Undid %1</source>
        <translation>Se deshizo %1</translation>
    </message>
    <message>
        <source>Redid %1</source>
        <translation>Se rehízo %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No findings in this pane.</source>
        <translation>No hay observaciones en este panel.</translation>
    </message>
    <message>
        <source>About Humanize Desktop</source>
        <translation>Acerca de Humanize Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Humanize Desktop %1&lt;/h3&gt;&lt;p&gt;An offline editor that turns AI-written drafts into prose that reads like a person wrote it, reviewed change by change.&lt;/p&gt;&lt;p&gt;Your text never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Humanize Desktop %1&lt;/h3&gt;&lt;p&gt;Un editor sin conexión que convierte borradores escritos por IA en textos que suenan escritos por una persona, revisados cambio a cambio.&lt;/p&gt;&lt;p&gt;Su texto nunca sale de este ordenador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <source>The unfinished download could not be deleted (%1).</source>
        <extracomment>The catalog and its fit verdicts were read (or failed: see ``catalog_problem``). A catalog model&apos;s status changed (its id). A download or import ended: (catalog id or &quot;&quot;, one sentence, True when it worked). Imports under way changed (started or ended). Where downloads land (None: the user models folder); tests point it elsewhere.</extracomment>
        <translation>No se pudo eliminar la descarga incompleta (%1).</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Se importó %1.</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <extracomment>Tab names for ``ModelManagerDialog.ask(tab=...)``.</extracomment>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelos en este ordenador</translation>
    </message>
    <message>
        <source>&amp;Import GGUF…</source>
        <translation>&amp;Importar GGUF…</translation>
    </message>
    <message>
        <source>Use as &amp;Default</source>
        <translation>Usar como &amp;predeterminado</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>&amp;Usar ahora</translation>
    </message>
    <message>
        <source>&amp;Restart Engine</source>
        <translation>&amp;Reiniciar el motor</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Settings for the selected model</source>
        <translation>Ajustes del modelo seleccionado</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>Tamaño del &amp;contexto (tokens):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Capas en &amp;GPU:</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Get Models</source>
        <translation>Obtener modelos</translation>
    </message>
    <message>
        <source>your models folder</source>
        <translation>su carpeta de modelos</translation>
    </message>
    <message>
        <source>the app&apos;s models folder</source>
        <translation>carpeta de modelos de la aplicación</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>chosen in settings</source>
        <translation>elegido en los ajustes</translation>
    </message>
    <message>
        <source>No models found yet. Import a GGUF file, or put one in %1.</source>
        <translation>Aún no se ha encontrado ningún modelo. Importe un archivo GGUF o coloque uno en %1.</translation>
    </message>
    <message>
        <source>Saved. Restart the engine to apply it to a loaded model.</source>
        <translation>Guardado. Reinicie el motor para aplicarlo a un modelo ya cargado.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>%1 is now the default model.</source>
        <translation>%1 es ahora el modelo predeterminado.</translation>
    </message>
    <message>
        <source>%1 will load when you next humanize.</source>
        <translation>%1 se cargará la próxima vez que humanice.</translation>
    </message>
    <message>
        <source>Import a Model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Checking and copying %1…</source>
        <translation>Comprobando y copiando %1…</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <source>Manage models</source>
        <translation>Gestionar modelos</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Buscando modelos…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>sin cargar</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>The model loads when you first humanize.</source>
        <translation>El modelo se carga la primera vez que humanice.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts</source>
        <translation>Se aplica la próxima vez que se inicie la aplicación</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Your work is saved for crash recovery this long after you stop typing</source>
        <translation>Su trabajo se guarda para recuperarlo tras un cierre inesperado este tiempo después de dejar de escribir</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Autoguardar tras:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Automatic (LanguageTool if present, else Harper)</source>
        <translation>Automático (LanguageTool si está instalado; si no, Harper)</translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <source>Harper (English, offline)</source>
        <translation>Harper (inglés, sin conexión)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>&amp;Grammar engine:</source>
        <translation>Corrector &amp;gramatical:</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8081 (empty: a local installation)</source>
        <translation>p. ej. http://127.0.0.1:8081 (vacío: una instalación local)</translation>
    </message>
    <message>
        <source>Your own LanguageTool server. Text is sent only to this address.</source>
        <translation>Su propio servidor de LanguageTool. El texto solo se envía a esta dirección.</translation>
    </message>
    <message>
        <source>LanguageTool &amp;server:</source>
        <translation>&amp;Servidor de LanguageTool:</translation>
    </message>
    <message>
        <source>a LanguageTool folder (empty: look in the usual places)</source>
        <translation>una carpeta de LanguageTool (vacío: buscar en los lugares habituales)</translation>
    </message>
    <message>
        <source>LanguageTool &amp;folder:</source>
        <translation>&amp;Carpeta de LanguageTool:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the LanguageTool server this app starts (Java&apos;s -Xmx). German, English, French and Spanish together need about 400 MB.</source>
        <translation>Memoria para el servidor de LanguageTool que inicia la aplicación (-Xmx de Java). Alemán, inglés, francés y español juntos necesitan unos 400 MB.</translation>
    </message>
    <message>
        <source>LanguageTool &amp;memory:</source>
        <translation>&amp;Memoria de LanguageTool:</translation>
    </message>
    <message>
        <source>&amp;Download LanguageTool…</source>
        <translation>&amp;Descargar LanguageTool…</translation>
    </message>
    <message>
        <source>Downloads LanguageTool (about 250 MB) through language-tool-python from its release site. Only when you click; no text is sent.</source>
        <translation>Descarga LanguageTool (unos 250 MB) mediante language-tool-python desde su sitio de publicación. Solo cuando hace clic; no se envía ningún texto.</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>Revisar la &amp;ortografía</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>Detectar a partir del texto</translation>
    </message>
    <message>
        <source>The language (and variant) to check; automatic detects it per paragraph</source>
        <translation>El idioma (y la variante) que se revisa; en automático se detecta en cada párrafo</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Suggest &amp;inclusive language</source>
        <translation>Sugerir lenguaje &amp;inclusivo</translation>
    </message>
    <message>
        <source>Gendered, ableist or othering words, with neutral alternatives</source>
        <translation>Palabras con sesgo de género, capacitistas o excluyentes, con alternativas neutras</translation>
    </message>
    <message>
        <source>Fairness:</source>
        <translation>Equidad:</translation>
    </message>
    <message>
        <source>Keep one form of &amp;address (register)</source>
        <translation>Mantener un mismo &amp;tratamiento (registro)</translation>
    </message>
    <message>
        <source>Points out Sie and du, vous and tu, usted and tú mixed in one text</source>
        <translation>Señala los textos que mezclan Sie y du, vous y tu o usted y tú</translation>
    </message>
    <message>
        <source>Check &amp;quotation marks, numbers and dates (locale)</source>
        <translation>Revisar comillas, &amp;números y fechas (convenciones locales)</translation>
    </message>
    <message>
        <source>Marks written the way another language or region writes them, such as 1,250.50 in a German text; the region comes from the language setting (de_CH)</source>
        <translation>Signos escritos como los escribe otro idioma o región, como 1,250.50 en un texto alemán; la región viene del ajuste de idioma (de_CH)</translation>
    </message>
    <message>
        <source>Personal dictionary</source>
        <translation>Diccionario personal</translation>
    </message>
    <message>
        <source>&amp;Remove Word</source>
        <translation>&amp;Quitar palabra</translation>
    </message>
    <message>
        <source>&amp;Personal dictionary:</source>
        <translation>Diccionario &amp;personal:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Leave empty to run models on this computer. A server must be one you run (llama.cpp server or another OpenAI-compatible one): your text is sent there.</source>
        <translation>Déjelo vacío para ejecutar los modelos en este ordenador. El servidor debe ser suyo (servidor de llama.cpp u otro compatible con OpenAI): su texto se envía allí.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>empty: the first model the server lists</source>
        <translation>vacío: el primer modelo que ofrece el servidor</translation>
    </message>
    <message>
        <source>Server &amp;model:</source>
        <translation>&amp;Modelo del servidor:</translation>
    </message>
    <message>
        <source>Model Server</source>
        <translation>Servidor de modelos</translation>
    </message>
    <message>
        <source>No local LanguageTool: English is checked with Harper; other languages need LanguageTool (packaging/bootstrap.sh installs it) or a server.</source>
        <translation>No hay LanguageTool local: el inglés se revisa con Harper; los demás idiomas necesitan LanguageTool (packaging/bootstrap.sh lo instala) o un servidor.</translation>
    </message>
    <message>
        <source>Local LanguageTool: %1</source>
        <translation>LanguageTool local: %1</translation>
    </message>
    <message>
        <source>Download LanguageTool</source>
        <translation>Descargar LanguageTool</translation>
    </message>
    <message>
        <source>Download LanguageTool (about 250 MB) through language-tool-python into %1? No text is sent.</source>
        <translation>¿Descargar LanguageTool (unos 250 MB) mediante language-tool-python en %1? No se envía ningún texto.</translation>
    </message>
    <message>
        <source>Downloading LanguageTool…</source>
        <translation>Descargando LanguageTool…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved Work</source>
        <translation>Trabajo sin guardar</translation>
    </message>
    <message>
        <source>Save your work on “%1” before closing it?</source>
        <translation>¿Guardar su trabajo en «%1» antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Pending changes: %1. They are kept only if you save a review file.</source>
        <translation>Cambios pendientes: %1. Solo se conservan si guarda un archivo de revisión.</translation>
    </message>
    <message>
        <source>Save &amp;Review…</source>
        <translation>Guardar la &amp;revisión…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>“%1” was %2 text, which cannot hold some characters now in the draft. Save it as UTF-8 instead?</source>
        <translation>«%1» estaba en %2, que no puede representar algunos caracteres que ahora tiene el borrador. ¿Guardarlo en UTF-8?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saving “%1” cannot keep everything as it was:</source>
        <translation>Al guardar «%1» no se puede conservar todo como estaba:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1
The autosaved work is kept in %2.</source>
        <translation>%1
El trabajo autoguardado se conserva en %2.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored your unsaved work.</source>
        <translation>Se restauró su trabajo sin guardar.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation>un documento sin título</translation>
    </message>
    <message>
        <source>Humanize Desktop did not close properly. Your work on “%1” was saved automatically at %2.</source>
        <translation>Humanize Desktop no se cerró correctamente. Su trabajo en «%1» se guardó automáticamente a las %2.</translation>
    </message>
    <message>
        <source>Restore it exactly as it was, or discard it?</source>
        <translation>¿Restaurarlo tal como estaba o descartarlo?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>Preguntar &amp;más tarde</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Your working text. Removed or replaced words are shaded.</source>
        <translation>Su texto de trabajo. Las palabras eliminadas o sustituidas aparecen sombreadas.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>The model&apos;s rewrite. Added or replaced words are shaded.</source>
        <translation>La reescritura del modelo. Las palabras añadidas o sustituidas aparecen sombreadas.</translation>
    </message>
    <message>
        <source>Type or paste your draft here, or open a file with Ctrl+O.</source>
        <translation>Escriba o pegue aquí su borrador, o abra un archivo con Ctrl+O.</translation>
    </message>
    <message>
        <source>removed or replaced</source>
        <translation>eliminado o sustituido</translation>
    </message>
    <message>
        <source>added or replacing</source>
        <translation>añadido o sustituto</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <extracomment>Whether &quot;Alternatives…&quot; can work now (the main window knows the engine).</extracomment>
        <translation>Cambios pendientes: %1</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>marcador de posición</translation>
    </message>
    <message>
        <source>term</source>
        <translation>término</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>sin traducir</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>incoherente</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>espaciado</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>grammar</source>
        <translation>gramática</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>ortografía</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>CC</translation>
    </message>
</context>
<context>
    <name>StatusWidgets</name>
    <message>
        <source>Language</source>
        <extracomment>Texts longer than this are counted on the worker pool (20,000 characters take about 5 ms).</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Words and characters</source>
        <translation>Palabras y caracteres</translation>
    </message>
    <message>
        <source>Grammar engine</source>
        <translation>Corrector gramatical</translation>
    </message>
    <message>
        <source>Spelling engine</source>
        <translation>Corrector ortográfico</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>%1 words, %2 characters</source>
        <translation>%1 palabras, %2 caracteres</translation>
    </message>
    <message>
        <source>Language: —</source>
        <translation>Idioma: —</translation>
    </message>
    <message>
        <source>Not detected yet</source>
        <translation>Aún no detectado</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Detected from the draft; change it in Preferences</source>
        <translation>Detectado a partir del borrador; se puede cambiar en Preferencias</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Gramática</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Checks start when there is text</source>
        <translation>Las comprobaciones empiezan cuando hay texto</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: desactivado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>LanguageTool starting…</source>
        <translation>LanguageTool se está iniciando…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>sin cargar</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>sin modelo</translation>
    </message>
</context>
<context>
    <name>TranslatorWindow</name>
    <message>
        <source>Translator mode: %1</source>
        <translation>Modo de traducción: %1</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>Segments with findings</source>
        <translation>Segmentos con problemas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Changed units become:</source>
        <translation>Las unidades cambiadas quedan:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target (Ctrl+E commits an edit)</source>
        <translation>Destino (Ctrl+E confirma una edición)</translation>
    </message>
    <message>
        <source>Ignore Finding</source>
        <translation>Ignorar el problema</translation>
    </message>
    <message>
        <source>QA findings</source>
        <translation>Problemas de CC</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Cambios sugeridos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save Translation As…</source>
        <translation>&amp;Guardar la traducción como…</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>Guardar la &amp;revisión como…</translation>
    </message>
    <message>
        <source>Export QA &amp;Report…</source>
        <translation>Exportar el &amp;informe de CC…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Next Segment with a &amp;Finding</source>
        <translation>Siguiente segmento con un &amp;problema</translation>
    </message>
    <message>
        <source>&amp;Previous Segment with a Finding</source>
        <translation>Segmento &amp;anterior con un problema</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>&amp;Siguiente segmento</translation>
    </message>
    <message>
        <source>P&amp;revious Segment</source>
        <translation>Segmento ante&amp;rior</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Polish Segment</source>
        <translation>&amp;Pulir el segmento</translation>
    </message>
    <message>
        <source>Polish &amp;All Segments</source>
        <translation>Pulir &amp;todos los segmentos</translation>
    </message>
    <message>
        <source>&amp;Accept Segment</source>
        <translation>&amp;Aceptar el segmento</translation>
    </message>
    <message>
        <source>&amp;Reject Segment</source>
        <translation>&amp;Rechazar el segmento</translation>
    </message>
    <message>
        <source>Accept &amp;Change</source>
        <translation>Aceptar el &amp;cambio</translation>
    </message>
    <message>
        <source>Reject C&amp;hange</source>
        <translation>Rec&amp;hazar el cambio</translation>
    </message>
    <message>
        <source>Commit Target &amp;Edit</source>
        <translation>Confirmar la &amp;edición del destino</translation>
    </message>
    <message>
        <source>Open a Bilingual File</source>
        <translation>Abrir un archivo bilingüe</translation>
    </message>
    <message>
        <source>No more segments with findings</source>
        <translation>No hay más segmentos con problemas</translation>
    </message>
    <message>
        <source>No model is set up for polishing</source>
        <translation>No hay ningún modelo configurado para pulir</translation>
    </message>
    <message>
        <source>Polishing done</source>
        <translation>Pulido terminado</translation>
    </message>
    <message>
        <source>Polishing…</source>
        <translation>Puliendo…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Save Translation As</source>
        <translation>Guardar la traducción como</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Guardar la revisión como</translation>
    </message>
    <message>
        <source>Export QA Report</source>
        <translation>Exportar el informe de CC</translation>
    </message>
</context>
</TS>
