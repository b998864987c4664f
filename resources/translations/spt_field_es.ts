<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AllegationForm</name>
    <message>
        <source>What the person said</source>
        <translation>Lo que declaró la persona</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>In&amp;juries</source>
        <translation>&amp;Lesiones</translation>
    </message>
    <message>
        <source>Visible injuries</source>
        <translation>Lesiones visibles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Officials involved</source>
        <translation>Funcionarios implicados</translation>
    </message>
    <message>
        <source>Part of a pattern</source>
        <translation>Forma parte de un patrón</translation>
    </message>
    <message>
        <source>The case looks part of a pattern rather than isolated</source>
        <translation>El caso parece formar parte de un patrón y no ser aislado</translation>
    </message>
    <message>
        <source>Consent to trans&amp;mit</source>
        <translation>Consentimiento para la trans&amp;misión</translation>
    </message>
    <message>
        <source>The person authorises the delegation to pass this allegation to the authorities. Needs the interview&apos;s consent scope “transmit”.</source>
        <translation>La persona autoriza a la delegación a transmitir esta denuncia a las autoridades. El consentimiento de la entrevista debe permitir la “transmisión”.</translation>
    </message>
    <message>
        <source>The form of ill-treatment alleged</source>
        <translation>La forma de malos tratos denunciada</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Circunstancias</translation>
    </message>
    <message>
        <source>Occ&amp;urred on</source>
        <translation>&amp;Fecha de los hechos</translation>
    </message>
    <message>
        <source>E&amp;xamined by the delegation&apos;s doctor</source>
        <translation>E&amp;xaminada por el médico de la delegación</translation>
    </message>
    <message>
        <source>Consistenc&amp;y</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Where in the chain of custody it happened</source>
        <translation>En qué momento de la privación de libertad ocurrieron los hechos</translation>
    </message>
    <message>
        <source>No opinion</source>
        <translation>Sin opinión</translation>
    </message>
    <message>
        <source>The doctor&apos;s opinion on the Istanbul Protocol scale: are the findings consistent with the allegation? Needs a medical examination.</source>
        <translation>La opinión del médico según la escala del Protocolo de Estambul: ¿concuerdan los hallazgos con la denuncia? Requiere un examen médico.</translation>
    </message>
</context>
<context>
    <name>AllegationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Form of ill-treatment alleged</source>
        <translation>Forma de malos tratos denunciada</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who is alleged to have done it</source>
        <translation>Quién lo habría cometido</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Circunstancias</translation>
    </message>
    <message>
        <source>Where in the chain of custody it happened</source>
        <translation>En qué momento de la privación de libertad ocurrieron los hechos</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Fecha de los hechos</translation>
    </message>
    <message>
        <source>Date of the alleged ill-treatment</source>
        <translation>Fecha de los malos tratos denunciados</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Examinada</translation>
    </message>
    <message>
        <source>Examined by the delegation&apos;s doctor</source>
        <translation>Examinada por el médico de la delegación</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>The doctor&apos;s opinion on the Istanbul Protocol scale</source>
        <translation>La opinión del médico según la escala del Protocolo de Estambul</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Transmisión</translation>
    </message>
    <message>
        <source>The person consents to the allegation being passed to the authorities</source>
        <translation>La persona consiente en que la denuncia se transmita a las autoridades</translation>
    </message>
</context>
<context>
    <name>AllegationsPanel</name>
    <message>
        <source>Add allegation</source>
        <translation>Añadir denuncia</translation>
    </message>
    <message>
        <source>Record a new allegation made in this interview (Ins)</source>
        <translation>Registrar una nueva denuncia formulada en esta entrevista (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected allegation (Del); undoable</source>
        <translation>Eliminar la denuncia seleccionada (Supr); se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Allegations</source>
        <translation>&amp;Denuncias</translation>
    </message>
    <message>
        <source>Delete allegation</source>
        <translation>Eliminar la denuncia</translation>
    </message>
    <message>
        <source>Delete the allegation “{0}”? You can undo this.</source>
        <translation>¿Eliminar la denuncia “{0}”? Se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>AnnualParagraph</name>
    <message>
        <source>During its official visits in {0}, the Subcommittee conducted {1} with {2}{3}. It visited {4}.</source>
        <translation>Durante sus visitas oficiales en {0}, el Subcomité realizó {1} con {2}{3}. Visitó {4}.</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>todos los años</translation>
    </message>
    <message numerus="yes">
        <source>%n individual or collective interview(s)</source>
        <translation>
            <numerusform>%n entrevista individual o colectiva</numerusform>
            <numerusform>%n entrevistas individuales o colectivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of whom %n person(s) deprived of their liberty</source>
        <translation>
            <numerusform>, de las cuales %n era una persona privada de libertad</numerusform>
            <numerusform>, de las cuales %n eran personas privadas de libertad</numerusform>
        </translation>
    </message>
    <message>
        <source> deprived of their liberty</source>
        <translation> privadas de libertad</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n prisión</numerusform>
            <numerusform>%n prisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police station(s)</source>
        <translation>
            <numerusform>%n comisaría de policía</numerusform>
            <numerusform>%n comisarías de policía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juvenile detention centre(s)</source>
        <translation>
            <numerusform>%n centro de detención de menores</numerusform>
            <numerusform>%n centros de detención de menores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n psychiatric or health-care institution(s)</source>
        <translation>
            <numerusform>%n institución psiquiátrica o sanitaria</numerusform>
            <numerusform>%n instituciones psiquiátricas o sanitarias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed migrant centre(s)</source>
        <translation>
            <numerusform>%n centro cerrado para migrantes</numerusform>
            <numerusform>%n centros cerrados para migrantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other place(s)</source>
        <translation>
            <numerusform>%n otro lugar</numerusform>
            <numerusform>%n otros lugares</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Original kept, with its metadata</source>
        <translation>Original conservado, con sus metadatos</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Ninguno encontrado</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Añadido (UTC)</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Metadatos eliminados</translation>
    </message>
    <message>
        <source>{0}: F2 edits the caption, Enter opens it</source>
        <extracomment>A caption the rules refused, with the message for the user.</extracomment>
        <translation>{0}: F2 edita la leyenda, Intro lo abre</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- zoom, Ctrl+R rotates</source>
        <translation>Ctrl++ y Ctrl+- amplían o reducen, Ctrl+R gira</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}</source>
        <translation>{0}, {1}, {2}</translation>
    </message>
    <message>
        <source>Added by {0} on {1} (UTC); consent: {2}</source>
        <translation>Añadido por {0} el {1} (UTC); consentimiento: {2}</translation>
    </message>
    <message>
        <source>Metadata removed: {0}</source>
        <translation>Metadatos eliminados: {0}</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation>Este tipo de archivo no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone using this computer can open it, and the program you open it with may keep copies of its own. Delete it when you are done.

Save a copy of {0}?</source>
        <translation>La copia no estará cifrada: cualquiera que use este ordenador podrá abrirla, y el programa con que la abra puede guardar sus propias copias. Bórrela cuando termine.

¿Guardar una copia de {0}?</translation>
    </message>
    <message>
        <source>{0} cannot be written: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>In the internal notes</source>
        <translation>En las notas internas</translation>
    </message>
    <message>
        <source>Print this photograph with its caption in the delegation&apos;s internal notes (never in a report; left out if its consent forbids any use)</source>
        <translation>Imprimir esta fotografía con su leyenda en las notas internas de la delegación (nunca en un informe; se omite si el consentimiento prohíbe todo uso)</translation>
    </message>
    <message>
        <source>Keep the next file&apos;s original metadata</source>
        <translation>Conservar los metadatos originales del próximo archivo</translation>
    </message>
    <message>
        <source>Store the next file as it is, with its GPS position, camera serial or author: recorded in its history</source>
        <translation>Guardar el próximo archivo tal cual, con su posición GPS, el número de serie de la cámara o su autor: queda registrado en su historial</translation>
    </message>
    <message>
        <source>Files of</source>
        <translation>Archivos de</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Fotos y documentos</translation>
    </message>
    <message>
        <source>Ins adds a file, Ctrl+V pastes, Enter opens, F2 edits the caption, Del removes</source>
        <translation>Insert añade un archivo, Ctrl+V pega, Intro abre, F2 edita la leyenda, Supr quita</translation>
    </message>
    <message>
        <source>Show or hide the photos and documents</source>
        <translation>Mostrar u ocultar las fotos y documentos</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Attach a photo or document (Ins)</source>
        <translation>Adjuntar una foto o un documento (Insert)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Attach the copied picture or files (Ctrl+V)</source>
        <translation>Adjuntar la imagen o los archivos copiados (Ctrl+V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Show the selected file (Enter)</source>
        <translation>Mostrar el archivo seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Write the file outside the database to open it elsewhere (Ctrl+Shift+E)</source>
        <translation>Escribir el archivo fuera de la base de datos para abrirlo en otro programa (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Delete the selected file for good (Del)</source>
        <translation>Borrar definitivamente el archivo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Consent for this file</source>
        <translation>Consentimiento para este archivo</translation>
    </message>
    <message>
        <source>Photos and documents ({0})</source>
        <translation>Fotos y documentos ({0})</translation>
    </message>
    <message>
        <source>Space or Enter shows or hides the list of photos and documents</source>
        <translation>Espacio o Intro muestra u oculta la lista de fotos y documentos</translation>
    </message>
    <message>
        <source>This interview</source>
        <translation>Esta entrevista</translation>
    </message>
    <message>
        <source>Allegation {0}: {1}</source>
        <translation>Denuncia {0}: {1}</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Adjuntar fotos o documentos</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx)</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation>La imagen pegada</translation>
    </message>
    <message>
        <source>Pasted picture.png</source>
        <translation>Imagen pegada.png</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no file to attach.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo para adjuntar.</translation>
    </message>
    <message>
        <source>Attaching {0}…</source>
        <translation>Adjuntando {0}…</translation>
    </message>
    <message>
        <source>{0} was not attached: {1}</source>
        <translation>{0} no se adjuntó: {1}</translation>
    </message>
    <message>
        <source>{0} is {1} MB: the largest file allowed is {2} MB (change it in Settings).</source>
        <translation>{0} ocupa {1} MB: el archivo más grande permitido es de {2} MB (se cambia en Configuración).</translation>
    </message>
    <message>
        <source>kept as it was, with its metadata</source>
        <translation>conservado tal cual, con sus metadatos</translation>
    </message>
    <message>
        <source>removed {0}</source>
        <translation>eliminado: {0}</translation>
    </message>
    <message>
        <source>no metadata to remove</source>
        <translation>ningún metadato que eliminar</translation>
    </message>
    <message>
        <source>{0} attached: {1}.</source>
        <translation>{0} adjuntado: {1}.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Delete {0} from this database for good? It cannot be undone or restored.</source>
        <translation>¿Borrar definitivamente {0} de esta base de datos? No se puede deshacer ni restaurar.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the database is in use by another SPT Field window or command; your edit is kept here and saved as soon as the database is free</source>
        <extracomment>While another window or command holds the database, the edit is tried again this often. A save was refused: the field name (&quot;&quot; if none) and the message for the user. How a refusal reads for the user (a form gives it its labels).</extracomment>
        <translation>la base de datos está en uso por otra ventana u orden de SPT Field; su modificación se conserva aquí y se guardará en cuanto la base de datos quede libre</translation>
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
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>This backup does not open with this passphrase, or it is damaged</source>
        <translation>Esta copia de seguridad no se abre con esta frase de contraseña o está dañada</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The database {0} and its backups are encrypted again with the new passphrase; afterwards the current one opens none of them. Without the new passphrase nobody, you included, can read them: keep it safe.</source>
        <translation>La base de datos {0} y sus copias de seguridad se vuelven a cifrar con la nueva frase de contraseña; después, la actual no abre ninguna de ellas. Sin la nueva frase de contraseña nadie, ni siquiera usted, puede leerlas: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one</source>
        <translation>la nueva frase de contraseña es igual a la actual</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Try again.</source>
        <translation>La frase de contraseña actual es incorrecta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar el gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
</context>
<context>
    <name>ConflictMarks</name>
    <message>
        <source>Conflicting edits from two laptops: resolve in Conflicts</source>
        <translation>Modificaciones contradictorias de dos portátiles: resuélvalas en Conflictos</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Deleted on one laptop, edited on another</source>
        <extracomment>The pseudo-field of a deletion on one laptop against an edit on another. The prefix of a report narrative&apos;s field (&quot;narrative.&lt;section&gt;&quot;; its title names the section). Field labels per kind of record, as the record&apos;s form names them.</extracomment>
        <translation>Eliminado en un portátil, editado en otro</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept (and edited)</source>
        <translation>Conservado (y editado)</translation>
    </message>
    <message>
        <source>unnamed member</source>
        <translation>miembro sin nombre</translation>
    </message>
    <message>
        <source>{0}, laptop {1}, {2}</source>
        <translation>{0}, portátil {1}, {2}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Keep the &amp;merged text</source>
        <extracomment>A conflict was resolved: markers and counts elsewhere refresh.</extracomment>
        <translation>Conservar el texto &amp;fusionado</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Or merge the texts</source>
        <translation>O combinar los textos</translation>
    </message>
    <message>
        <source>Both versions are below, one after the other: edit them into one text.</source>
        <translation>Las dos versiones figuran abajo, una tras otra: edítelas para formar un solo texto.</translation>
    </message>
    <message>
        <source>Two laptops changed the same field differently since they last exchanged bundles: pick the version to keep.</source>
        <translation>Dos portátiles cambiaron el mismo campo de forma distinta desde su último intercambio de paquetes: elija la versión que se conserva.</translation>
    </message>
    <message>
        <source>1 conflict to resolve. {0}</source>
        <translation>1 conflicto por resolver. {0}</translation>
    </message>
    <message>
        <source>{0} conflicts to resolve. {1}</source>
        <translation>{0} conflictos por resolver. {1}</translation>
    </message>
    <message>
        <source>No open conflicts: every laptop&apos;s edits agree.</source>
        <translation>No hay conflictos abiertos: las modificaciones de todos los portátiles coinciden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolver el conflicto</translation>
    </message>
    <message>
        <source>Keep “{0}” as {1} of {2}? The other versions are dropped on every laptop once your next bundle reaches them. This cannot be undone with Undo; you can still edit the record afterwards.</source>
        <translation>¿Conservar “{0}” como {1} de {2}? Las demás versiones se descartarán en cada portátil en cuanto le llegue su próximo paquete. Deshacer no puede revertirlo; después podrá seguir editando el registro.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <source>Connection &amp;profiles</source>
        <translation>&amp;Perfiles de conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>No connection yet: Add one with the URL your headquarters gave you.</source>
        <translation>Todavía no hay ninguna conexión: añada una con la URL que le ha facilitado su sede.</translation>
    </message>
</context>
<context>
    <name>CountryProfileDialog</name>
    <message>
        <source>Country profile: {0}</source>
        <translation>Perfil del país: {0}</translation>
    </message>
    <message>
        <source>as the report names it: the Office of …</source>
        <translation>tal como lo nombra el informe: la Oficina de …</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>Añadir visi&amp;ta</translation>
    </message>
    <message>
        <source>Re&amp;move visit</source>
        <translation>&amp;Quitar visita</translation>
    </message>
    <message>
        <source>&amp;Convention ratified on</source>
        <translation>&amp;Convención ratificada el</translation>
    </message>
    <message>
        <source>Optional &amp;Protocol ratified on</source>
        <translation>&amp;Protocolo Facultativo ratificado el</translation>
    </message>
    <message>
        <source>&amp;National preventive mechanism</source>
        <translation>Mecanismo &amp;nacional de prevención</translation>
    </message>
    <message>
        <source>Mechanism &amp;designated on</source>
        <translation>Mecanismo &amp;designado el</translation>
    </message>
    <message>
        <source>Previous visits of the Subcommittee</source>
        <translation>Visitas anteriores del Subcomité</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside SPT Field (a bug). Your saved work is safe.</source>
        <translation>Se produjo un error interno en SPT Field (un fallo del programa). El trabajo guardado está a salvo.</translation>
    </message>
    <message>
        <source>Details are in {0}</source>
        <translation>Detalles en {0}</translation>
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
        <translation>El año cuyas visitas se cuentan (por fecha de inicio)</translation>
    </message>
    <message>
        <source>Copy &amp;paragraph</source>
        <translation>Copiar el &amp;párrafo</translation>
    </message>
    <message>
        <source>Copy the paragraph for the annual report</source>
        <translation>Copiar el párrafo para el informe anual</translation>
    </message>
    <message>
        <source>Copy &amp;all figures as text</source>
        <translation>Copiar &amp;todas las cifras como texto</translation>
    </message>
    <message>
        <source>Copy every figure as lines of text</source>
        <translation>Copiar todas las cifras como líneas de texto</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Visits conducted and postponed</source>
        <translation>Visitas realizadas y aplazadas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Type or reason</source>
        <translation>Tipo o motivo</translation>
    </message>
    <message>
        <source>Places visited by group</source>
        <translation>Lugares visitados por grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Places visited by type</source>
        <translation>Lugares visitados por tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Interviews by category of interviewee</source>
        <translation>Entrevistas por categoría de persona entrevistada</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Interviews by kind</source>
        <translation>Entrevistas por tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Recommendations by status</source>
        <translation>Recomendaciones por estado de aplicación</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Reprisal cases by status</source>
        <translation>Casos de represalias por estado</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Overdue recommendations by kind of authority</source>
        <translation>Recomendaciones vencidas por tipo de autoridad</translation>
    </message>
    <message>
        <source>Kind of authority</source>
        <translation>Tipo de autoridad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Recommendations by status, per visit</source>
        <translation>Recomendaciones por estado, por visita</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Añ&amp;o:</translation>
    </message>
    <message>
        <source>For the annual report</source>
        <translation>Para el informe anual</translation>
    </message>
    <message>
        <source>No figures: {0}</source>
        <translation>No hay cifras: {0}</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Visits conducted: {0} · Interviews: {1} with {2} persons · Places visited: {3} · Replies overdue: {4}</source>
        <translation>Visitas realizadas: {0} · Entrevistas: {1} con {2} personas · Lugares visitados: {3} · Respuestas atrasadas: {4}</translation>
    </message>
    <message>
        <source>{0}, from {1}</source>
        <translation>{0}, desde el {1}</translation>
    </message>
    <message>
        <source>Overdue recommendations by kind of authority, all visits (as of {0})</source>
        <translation>Recomendaciones vencidas por tipo de autoridad, todas las visitas (al {0})</translation>
    </message>
    <message>
        <source>Conducted (completed or in progress)</source>
        <translation>Realizadas (concluidas o en curso)</translation>
    </message>
    <message>
        <source>Conducted</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Transmitted to the State party</source>
        <translation>Transmitidos al Estado parte</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>Respuestas recibidas</translation>
    </message>
    <message>
        <source>Replies overdue (as of {0})</source>
        <translation>Respuestas atrasadas (al {0})</translation>
    </message>
    <message>
        <source>Replies not yet due</source>
        <translation>Respuestas aún no vencidas</translation>
    </message>
    <message>
        <source>Publication requested by the State party</source>
        <translation>Publicación solicitada por el Estado parte</translation>
    </message>
    <message>
        <source>Publication requested by the NPM</source>
        <translation>Publicación solicitada por el MNP</translation>
    </message>
    <message>
        <source>Published (with a public symbol)</source>
        <translation>Publicados (con una signatura pública)</translation>
    </message>
    <message>
        <source>all visits, as of {0}</source>
        <translation>todas las visitas, al {0}</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Guardar la tabla como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save table as XLSX</source>
        <translation>Guardar la tabla como XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {0}</source>
        <translation>No se pudo guardar {0}</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Passphrase for {0}</source>
        <translation>Frase de contraseña de {0}</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Crear una base de datos</translation>
    </message>
    <message>
        <source>Choose a passphrase for {0}. Without it nobody, you included, can read the database: keep it safe.</source>
        <translation>Elija una frase de contraseña para {0}. Sin ella nadie, ni siquiera usted, puede leer la base de datos: guárdela en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Not for a database on a server: its backups, integrity and encryption are the server&apos;s, kept by its administrator</source>
        <extracomment>How many of a damaged database&apos;s problems the message lists (the log has them all).</extracomment>
        <translation>No se aplica a una base de datos en un servidor: sus copias de seguridad, su integridad y su cifrado corresponden al servidor, a cargo de su administrador</translation>
    </message>
    <message>
        <source>… and {0} more (all are in the log)</source>
        <translation>… y {0} más (todos figuran en el registro)</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>The database {0} is damaged: the integrity check found {1} problem(s). Work saved in it may be unreadable and new work may be lost.</source>
        <translation>La base de datos {0} está dañada: la comprobación de integridad encontró {1} problema(s). El trabajo guardado en ella puede ser ilegible y el nuevo puede perderse.</translation>
    </message>
    <message>
        <source>Restore the latest backup that is intact? The damaged file is kept beside the backups. Cancel closes the database and leaves it as it is.</source>
        <translation>¿Restaurar la última copia de seguridad intacta? El archivo dañado se conserva junto a las copias. Cancelar cierra la base de datos y la deja como está.</translation>
    </message>
    <message>
        <source>&amp;Restore latest good backup…</source>
        <translation>&amp;Restaurar la última copia intacta…</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>Restaurar la última copia de seguridad intacta</translation>
    </message>
    <message>
        <source>Passphrase of {0}, to check its backups and restore one</source>
        <translation>Frase de contraseña de {0}, para comprobar sus copias de seguridad y restaurar una</translation>
    </message>
    <message>
        <source>Looking for the latest intact backup of {0}…</source>
        <translation>Buscando la última copia de seguridad intacta de {0}…</translation>
    </message>
    <message>
        <source>No intact backup of {0} was found: the damaged file was left as it is.</source>
        <translation>No se encontró ninguna copia de seguridad intacta de {0}: el archivo dañado se dejó como estaba.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase of {0}, to list its backups</source>
        <translation>Frase de contraseña de {0}, para enumerar sus copias de seguridad</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>Restaurando {0}…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase of the backup {0}; it is restored as {1}</source>
        <translation>Frase de contraseña de la copia de seguridad {0}; se restaura como {1}</translation>
    </message>
    <message>
        <source>Restored {0} from the backup {1}</source>
        <translation>{0} restaurada desde la copia de seguridad {1}</translation>
    </message>
    <message>
        <source>Restored from the backup of {0}; the state before it is kept as a backup</source>
        <translation>Restaurado a partir de la copia de seguridad del {0}; el estado anterior se conserva como copia</translation>
    </message>
    <message>
        <source>Re-encrypting {0}…</source>
        <translation>Volviendo a cifrar {0}…</translation>
    </message>
    <message>
        <source>Re-encrypting the backups of {0}…</source>
        <translation>Volviendo a cifrar las copias de seguridad de {0}…</translation>
    </message>
    <message>
        <source>Passphrase changed; the backups open with the new one only</source>
        <translation>Frase de contraseña cambiada; las copias de seguridad solo se abren con la nueva</translation>
    </message>
    <message>
        <source>Passphrase changed. {0} backup(s) could not be re-encrypted (damaged, or under another passphrase) and were left as they were: {1}</source>
        <translation>Frase de contraseña cambiada. {0} copia(s) de seguridad no se pudieron volver a cifrar (dañadas o con otra frase de contraseña) y se dejaron como estaban: {1}</translation>
    </message>
    <message>
        <source>Backups: the server&apos;s</source>
        <translation>Copias de seguridad: las del servidor</translation>
    </message>
    <message>
        <source>Backed up {0}</source>
        <translation>Copia de seguridad a las {0}</translation>
    </message>
    <message>
        <source>Latest automatic backup: {0}</source>
        <translation>Última copia de seguridad automática: {0}</translation>
    </message>
    <message>
        <source>✖ Backup failed</source>
        <translation>✖ Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Error en la copia de seguridad: {0}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-03 or {0}; Alt+Down opens a calendar</source>
        <translation>Escriba la fecha como 2026-12-03 o {0}; Alt+Abajo abre un calendario</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type YYYY-MM-DD</source>
        <translation>«{0}» no es una fecha: escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>se necesita una fecha</translation>
    </message>
</context>
<context>
    <name>DelegationPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>The report&apos;s roles agree with it (&quot;la cheffe de la délégation&quot;); not recorded keeps the wording that names no gender</source>
        <translation>Los cargos del informe concuerdan con él («la jefa de la delegación»); «No consta» mantiene la redacción que no indica género</translation>
    </message>
    <message>
        <source>Delegation &amp;members</source>
        <translation>&amp;Miembros de la delegación</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Añadi&amp;r miembro</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>&amp;Eliminar miembro</translation>
    </message>
    <message>
        <source>Add a member to the delegation</source>
        <translation>Añadir un miembro a la delegación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Protocol rank</source>
        <translation>Rango protocolario</translation>
    </message>
    <message>
        <source>Order of annex I in the category: 1 for the head of State or government, then the ministers as the State&apos;s protocol lists their ministries; the persons without a rank follow</source>
        <translation>Orden del anexo I dentro de la categoría: 1 para el jefe de Estado o de Gobierno, luego los ministros en el orden en que el protocolo del Estado enumera sus ministerios; las personas sin rango van después</translation>
    </message>
    <message>
        <source>Perso&amp;ns met</source>
        <translation>Perso&amp;nas entrevistadas</translation>
    </message>
    <message>
        <source>Add &amp;person met</source>
        <translation>Aña&amp;dir interlocutor</translation>
    </message>
    <message>
        <source>De&amp;lete person met</source>
        <translation>E&amp;liminar interlocutor</translation>
    </message>
    <message>
        <source>Add an official or other person the delegation met</source>
        <translation>Añadir un funcionario u otra persona con quien se reunió la delegación</translation>
    </message>
    <message>
        <source>Delete the selected row (can be undone)</source>
        <translation>Eliminar la fila seleccionada (se puede deshacer)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Could not add: {0}</source>
        <translation>No se pudo añadir: {0}</translation>
    </message>
    <message>
        <source>Could not delete: {0}</source>
        <translation>No se pudo eliminar: {0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this with Undo.</source>
        <translation>¿Eliminar {0}? Se puede deshacer con Deshacer.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
</context>
<context>
    <name>EarlierVisitsPage</name>
    <message>
        <source>Place / earlier visit</source>
        <translation>Lugar / visita anterior</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatación</translation>
    </message>
    <message>
        <source>Findings of earlier visits at a place of the same name and region</source>
        <translation>Constataciones de visitas anteriores a un lugar con el mismo nombre y la misma región</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits</source>
        <translation>Recomendaciones de visitas anteriores</translation>
    </message>
    <message>
        <source>Findings of earlier visits</source>
        <translation>Constataciones de visitas anteriores</translation>
    </message>
    <message>
        <source>Recommendations made at the places of this visit</source>
        <translation>Recomendaciones formuladas para los lugares de esta visita</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>What earlier visits recommended on their findings at a place of the same name and region; choose one to record how it stands</source>
        <translation>Lo que las visitas anteriores recomendaron sobre sus constataciones en un lugar del mismo nombre y región; elija una para registrar en qué situación se encuentra</translation>
    </message>
    <message>
        <source>Asked before at the places of this follow-up visit</source>
        <translation>Ya solicitado para los lugares de esta visita de seguimiento</translation>
    </message>
    <message>
        <source>Earlier findings at the places of this visit</source>
        <translation>Constataciones anteriores en los lugares de esta visita</translation>
    </message>
    <message>
        <source>Nothing to show: {0}</source>
        <translation>Nada que mostrar: {0}</translation>
    </message>
    <message>
        <source>Earlier visits to {0}: {1} recommendations of {2} visits to check.</source>
        <translation>Visitas anteriores — {0}: {1} recomendaciones de {2} visitas por comprobar.</translation>
    </message>
    <message>
        <source>No recommendations of earlier visits to {0}.</source>
        <translation>Visitas anteriores — {0}: ninguna recomendación.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Earlier findings: {0}</source>
        <translation>Constataciones anteriores: {0}</translation>
    </message>
    <message>
        <source>No earlier findings</source>
        <translation>No hay constataciones anteriores</translation>
    </message>
    <message>
        <source>{0} (immediate observation)</source>
        <translation>{0} (observación inmediata)</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>{0}, {1} to {2}</source>
        <translation>{0}, del {1} al {2}</translation>
    </message>
    <message>
        <source>Optional: headquarters, a colleague&apos;s name…</source>
        <translation>Opcional: la sede, el nombre de un colega…</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle to this recipient</source>
        <translation>Solo lo que cambió desde el último paquete para este destinatario</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visita</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>A bundle carries the visit&apos;s records to another laptop or to headquarters, where they are merged with the records there.</source>
        <translation>Un paquete lleva los registros de la visita a otro portátil o a la sede, donde se combinan con los registros que haya allí.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>there is no visit to export</source>
        <translation>no hay ninguna visita que exportar</translation>
    </message>
    <message>
        <source>Field bundles (*.sptbundle)</source>
        <translation>Paquetes de campo (*.sptbundle)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Assembling the report</source>
        <extracomment>The steps report_bytes reports progress with, marked so that lupdate offers them to translate.</extracomment>
        <translation>Preparando el informe</translation>
    </message>
    <message>
        <source>Typesetting</source>
        <translation>Maquetación</translation>
    </message>
    <message>
        <source>Checking the final text for names</source>
        <translation>Búsqueda de nombres en el texto final</translation>
    </message>
    <message>
        <source>Protecting with the password</source>
        <translation>Protección con la contraseña</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>an interviewee consented to no use</source>
        <extracomment>Why a record is withheld, as the drafter reads it.</extracomment>
        <translation>una persona entrevistada no consintió ningún uso</translation>
    </message>
    <message>
        <source>an interviewee allowed delegation use only</source>
        <translation>una persona entrevistada solo autorizó el uso interno de la delegación</translation>
    </message>
    <message>
        <source>an interviewee is at risk of reprisals</source>
        <translation>una persona entrevistada corre riesgo de represalias</translation>
    </message>
    <message>
        <source>it answers only withheld findings</source>
        <translation>solo responde a constataciones retenidas</translation>
    </message>
    <message>
        <source>Export report draft</source>
        <extracomment>The user asked to resolve the visit&apos;s open conflicts (the Conflicts view).</extracomment>
        <translation>Exportar el proyecto de informe</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolver los &amp;conflictos…</translation>
    </message>
    <message>
        <source>The State party</source>
        <translation>El Estado parte</translation>
    </message>
    <message>
        <source>The national preventive mechanism</source>
        <translation>El mecanismo nacional de prevención</translation>
    </message>
    <message>
        <source>The language of every generated text; narratives stay as they were typed</source>
        <translation>El idioma de todos los textos generados; los textos introductorios se mantienen tal como se escribieron</translation>
    </message>
    <message>
        <source>Where to write the .pdf or .docx file</source>
        <translation>Dónde guardar el archivo .pdf o .docx</translation>
    </message>
    <message>
        <source>Optional: PDF (AES-256) or Word</source>
        <translation>Opcional: PDF (AES-256) o Word</translation>
    </message>
    <message>
        <source>Withheld from this report</source>
        <translation>Retenido de este informe</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Withheld from this report, as no source of theirs may be used: %n</source>
        <translation>
            <numerusform>&amp;Retenidos de este informe, por no poder utilizarse ninguna de sus fuentes: %n</numerusform>
            <numerusform>&amp;Retenidos de este informe, por no poder utilizarse ninguna de sus fuentes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Finding “{0}”: {1}</source>
        <translation>Constatación «{0}»: {1}</translation>
    </message>
    <message>
        <source>Recommendation “{0}”: {1}</source>
        <translation>Recomendación «{0}»: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from field sync are open in this visit: the report shows only one version of each conflicting field. Resolve them first, or export anyway.</source>
        <translation>
            <numerusform>Hay %n conflicto de sincronización abierto en esta visita: el informe solo muestra una versión del campo en conflicto. Resuélvalo primero o exporte de todos modos.</numerusform>
            <numerusform>Hay %n conflictos de sincronización abiertos en esta visita: el informe solo muestra una versión de cada campo en conflicto. Resuélvalos primero o exporte de todos modos.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>choose where to write the file</source>
        <translation>elija dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>No exportado: {0}</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1 conflicto por resolver</translation>
    </message>
    <message>
        <source>{0} conflicts to resolve</source>
        <translation>{0} conflictos por resolver</translation>
    </message>
    <message>
        <source>Open the Conflicts view</source>
        <translation>Abrir la vista Conflictos</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>There is no visit to export yet.</source>
        <translation>Todavía no hay ninguna visita que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {0}. Give the file to the recipient, and the delegation passphrase separately.</source>
        <translation>
            <numerusform>%n registro guardado en {0}. Entregue el archivo al destinatario y, por separado, la frase de contraseña de la delegación.</numerusform>
            <numerusform>%n registros guardados en {0}. Entregue el archivo al destinatario y, por separado, la frase de contraseña de la delegación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureBox</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this table to the clipboard, to paste into a spreadsheet or a text</source>
        <translation>Copiar esta tabla al portapapeles para pegarla en una hoja de cálculo o un texto</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>Guardar esta tabla como archivo CSV</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>Guardar como XLSX…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook</source>
        <translation>Guardar esta tabla como libro de Excel</translation>
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
        <translation>Planteada in situ como observación i&amp;nmediata</translation>
    </message>
    <message>
        <source>Ticked if the delegation raised this with the authorities during the visit</source>
        <translation>Marcada si la delegación la planteó a las autoridades durante la visita</translation>
    </message>
    <message>
        <source>The thematic area under which the report presents it</source>
        <translation>El ámbito temático en el que la presenta el informe</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Á&amp;mbito</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>Cross-cutting (no single place)</source>
        <translation>Transversal (ningún lugar concreto)</translation>
    </message>
    <message>
        <source>Where it was observed; cross-cutting if it concerns several places</source>
        <translation>Dónde se observó; transversal si afecta a varios lugares</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>One line, e.g. No register of the use of force</source>
        <translation>Una línea, p. ej. No hay registro del uso de la fuerza</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>What the delegation observed, where and when</source>
        <translation>Lo que observó la delegación, dónde y cuándo</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>Tick the standards the report cites for this finding</source>
        <translation>Marque las normas que el informe cita para esta constatación</translation>
    </message>
    <message>
        <source>Standards &amp;cited</source>
        <translation>Normas aplica&amp;bles</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Pseudonym, place, category or consent</source>
        <translation>Seudónimo, lugar, categoría o consentimiento</translation>
    </message>
    <message>
        <source>Show only the interviews matching every word</source>
        <translation>Mostrar solo las entrevistas que coinciden con todas las palabras</translation>
    </message>
    <message>
        <source>Tick the interviews this finding rests on. ⚠ in red: reprisal risk. Greyed: the consent does not allow citing it in the report.</source>
        <translation>Marque las entrevistas en que se basa esta constatación. ⚠ en rojo: riesgo de represalias. En gris: el consentimiento no permite citarla en el informe.</translation>
    </message>
    <message>
        <source>Tick the other sources this finding rests on</source>
        <translation>Marque las demás fuentes en que se basa esta constatación</translation>
    </message>
    <message>
        <source>A finding is triangulated when two or more independent sources support it</source>
        <translation>Una constatación está triangulada cuando la respaldan dos o más fuentes independientes</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>Entrevi&amp;stas</translation>
    </message>
    <message>
        <source>Other so&amp;urces</source>
        <translation>Otras &amp;fuentes</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation>Filt&amp;rar</translation>
    </message>
    <message>
        <source>Evidence: {0} interviews + {1} other sources</source>
        <translation>Pruebas: {0} entrevistas + {1} otras fuentes</translation>
    </message>
</context>
<context>
    <name>FollowUpTracker</name>
    <message>
        <source>Visits whose reply is overdue are marked ⚠ and shown in red</source>
        <extracomment>Which replies are overdue depends on the day; tests set another clock.</extracomment>
        <translation>Las visitas cuya respuesta está atrasada se marcan con ⚠ y se muestran en rojo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Show the visits to one country only</source>
        <translation>Mostrar solo las visitas a un país</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Show only recommendations with this status, and the visits that made them</source>
        <translation>Mostrar solo las recomendaciones en este estado y las visitas que las formularon</translation>
    </message>
    <message>
        <source>Any addressee</source>
        <translation>Cualquier destinatario</translation>
    </message>
    <message>
        <source>Show only recommendations to this addressee</source>
        <translation>Mostrar solo las recomendaciones dirigidas a este destinatario</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Visits and their reports</source>
        <translation>Visitas y sus informes</translation>
    </message>
    <message>
        <source>Recommendations of the selected visit</source>
        <translation>Recomendaciones de la visita seleccionada</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Could not read the visits: {0}</source>
        <translation>No se pudieron leer las visitas: {0}</translation>
    </message>
    <message>
        <source>Visits: {0} · Replies overdue: {1}</source>
        <translation>Visitas: {0} · Respuestas atrasadas: {1}</translation>
    </message>
    <message>
        <source>Could not read the visit: {0}</source>
        <translation>No se pudo leer la visita: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
</context>
<context>
    <name>FollowedRecommendationModel</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>Párr.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State reply</source>
        <translation>Respuesta del Estado</translation>
    </message>
    <message>
        <source>Visit of {0} to {1}</source>
        <extracomment>An edit was refused: the message for the user. An edit was saved.</extracomment>
        <translation>Visita del {0} al {1}</translation>
    </message>
    <message>
        <source>No reply recorded</source>
        <translation>No consta ninguna respuesta</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the status</source>
        <translation>Haga doble clic o pulse F2 para cambiar el estado</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {0}</source>
        <translation>Historial: {0}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Who made each change is the member set in Settings on the laptop that made it.</source>
        <translation>
            <numerusform>%n cambio, el más reciente primero. El autor de cada cambio es el miembro indicado en la Configuración del portátil que lo hizo.</numerusform>
            <numerusform>%n cambios, los más recientes primero. El autor de cada cambio es el miembro indicado en la Configuración del portátil que lo hizo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected change, in full</source>
        <translation>El cambio seleccionado, completo</translation>
    </message>
    <message>
        <source>Before (removed words struck through)</source>
        <translation>Antes (palabras eliminadas tachadas)</translation>
    </message>
    <message>
        <source>After (added words underlined)</source>
        <translation>Después (palabras añadidas subrayadas)</translation>
    </message>
    <message>
        <source>Removed words are marked [- -], added ones [+ +]: {0}</source>
        <translation>Las palabras eliminadas se marcan [- -], las añadidas [+ +]: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Identity shown or exported</source>
        <translation>Identidad mostrada o exportada</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importado de un archivo</translation>
    </message>
    <message>
        <source>Report finalized</source>
        <translation>Informe finalizado</translation>
    </message>
    <message>
        <source>Report draft reopened</source>
        <translation>Proyecto de informe reabierto</translation>
    </message>
    <message>
        <source>Written to a file outside</source>
        <translation>Escrito en un archivo externo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>(recorded; not kept in the history)</source>
        <translation>(registrado; no se conserva en el historial)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Linked records: {0}</source>
        <translation>Registros vinculados: {0}</translation>
    </message>
    <message>
        <source>unnamed member (laptop {0})</source>
        <translation>miembro sin nombre (portátil {0})</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Real name: kept apart, never in a report</source>
        <translation>Nombre real: se guarda aparte, nunca en un informe</translation>
    </message>
    <message>
        <source>The interviewee&apos;s real identity. Saved when you leave the field or hide it.</source>
        <translation>La identidad real de la persona entrevistada. Se guarda al salir del campo o al ocultarlo.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the identity again</source>
        <translation>Volver a ocultar la identidad</translation>
    </message>
    <message>
        <source>Identity recorded</source>
        <translation>Identidad registrada</translation>
    </message>
    <message>
        <source>A real identity is recorded, kept apart from the notes</source>
        <translation>Hay una identidad real registrada, separada de las notas</translation>
    </message>
    <message>
        <source>Show &amp;identity…</source>
        <translation>Mostrar la &amp;identidad…</translation>
    </message>
    <message>
        <source>Reveal the recorded identity (asks first)</source>
        <translation>Revelar la identidad registrada (pide confirmación)</translation>
    </message>
    <message>
        <source>No identity recorded</source>
        <translation>No hay identidad registrada</translation>
    </message>
    <message>
        <source>Only the pseudonym is known to the database</source>
        <translation>La base de datos solo conoce el seudónimo</translation>
    </message>
    <message>
        <source>Record &amp;identity…</source>
        <translation>Re&amp;gistrar la identidad…</translation>
    </message>
    <message>
        <source>Record the interviewee&apos;s real identity</source>
        <translation>Registrar la identidad real de la persona entrevistada</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are merged with this database&apos;s: where both changed the same field differently, both versions are kept as a conflict for you to resolve.</source>
        <translation>Los registros del paquete se combinan con los de esta base de datos: cuando ambos cambiaron el mismo campo de forma distinta, se conservan las dos versiones como un conflicto que usted resolverá.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Field bundles (*.sptbundle)</source>
        <translation>Paquetes de campo (*.sptbundle)</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Combinando el paquete…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message numerus="yes">
        <source>The bundle was merged. %n field(s) were changed differently on the other laptop: both versions are kept until you choose.</source>
        <translation>
            <numerusform>El paquete se combinó. %n campo se cambió de forma distinta en el otro portátil: se conservan ambas versiones hasta que usted elija.</numerusform>
            <numerusform>El paquete se combinó. %n campos se cambiaron de forma distinta en el otro portátil: se conservan ambas versiones hasta que usted elija.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was merged without conflicts.</source>
        <translation>El paquete se combinó sin conflictos.</translation>
    </message>
    <message>
        <source>Nothing new: this database already held everything in the bundle.</source>
        <translation>Nada nuevo: esta base de datos ya contenía todo lo del paquete.</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>un miembro sin nombre</translation>
    </message>
    <message>
        <source>From {0} (laptop {1}).</source>
        <translation>De {0} (portátil {1}).</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>&amp;Resolver los conflictos…</translation>
    </message>
    <message>
        <source>Signing key of that laptop: {0}</source>
        <translation>Clave de firma de ese ordenador: {0}</translation>
    </message>
    <message>
        <source>This is the first bundle from that laptop: its key is now remembered. Compare the key with the sender, in person or by phone; a later bundle from that laptop signed with another key will be refused.</source>
        <translation>Es el primer paquete recibido de ese ordenador: su clave queda registrada. Compare la clave con el remitente, en persona o por teléfono; se rechazará cualquier paquete posterior de ese ordenador firmado con otra clave.</translation>
    </message>
</context>
<context>
    <name>InternalNotesDialog</name>
    <message>
        <source>Export internal visit notes</source>
        <translation>Exportar las notas internas de la visita</translation>
    </message>
    <message>
        <source>The internal notes hold every interview note and allegation, under pseudonyms, and mark the persons at risk of reprisals. They never leave the delegation and are always encrypted: choose a password and give it only to its members.</source>
        <translation>Las notas internas contienen todas las notas de entrevista y todas las denuncias, con seudónimos, y señalan a las personas en riesgo de represalias. Nunca salen de la delegación y siempre están cifradas: elija una contraseña y comuníquela solo a sus miembros.</translation>
    </message>
    <message>
        <source>Where to write the .pdf file</source>
        <translation>Dónde escribir el archivo .pdf</translation>
    </message>
    <message>
        <source>Required (AES-256)</source>
        <translation>Obligatoria (AES-256)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>choose where to write the file</source>
        <translation>elija dónde escribir el archivo</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>No exportado: {0}</translation>
    </message>
</context>
<context>
    <name>InterviewDetails</name>
    <message>
        <source>&amp;Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show or hide date, time, interviewers and interviewee</source>
        <translation>Mostrar u ocultar la fecha, la hora, los entrevistadores y la persona entrevistada</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <extracomment>The always visible line of the group; the form adds the identity panel at its end.</extracomment>
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>Interpre&amp;ter</source>
        <translation>In&amp;térprete</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Type a country name or code; leave empty if unknown</source>
        <translation>Escriba el nombre o el código de un país; déjelo vacío si se desconoce</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <source>Age &amp;bracket</source>
        <translation>&amp;Franja de edad</translation>
    </message>
    <message>
        <source>Legal stat&amp;us</source>
        <translation>Situación &amp;jurídica</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>Naciona&amp;lidad</translation>
    </message>
    <message>
        <source>Tick the delegation members who held the interview</source>
        <translation>Marque los miembros de la delegación que realizaron la entrevista</translation>
    </message>
    <message>
        <source>Intervie&amp;wers</source>
        <translation>&amp;Entrevistadores</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no interviewer ticked</source>
        <translation>ningún entrevistador marcado</translation>
    </message>
    <message>
        <source>interpreter: {0}</source>
        <translation>intérprete: {0}</translation>
    </message>
</context>
<context>
    <name>InterviewEvidence</name>
    <message>
        <source>Person {0}</source>
        <translation>Persona {0}</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable.</source>
        <translation>Riesgo de represalias: esta persona nunca debe poder ser identificada.</translation>
    </message>
    <message>
        <source>The consent given (“{0}”) does not allow use in a report: this interview cannot be cited in the report, which will leave it out.</source>
        <translation>El consentimiento otorgado (“{0}”) no permite su uso en un informe: esta entrevista no puede citarse y el informe la omitirá.</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>Not recorded</source>
        <translation>No consta</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>How reports refer to this person (“person A”): never a name</source>
        <extracomment>The user asked for a finding from a passage of the notes: (interview id, passage).</extracomment>
        <translation>Cómo se refieren los informes a esta persona (“persona A”): nunca un nombre</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Seudónimo</translation>
    </message>
    <message>
        <source>A group interview has no confidentiality: keep sensitive topics individual</source>
        <translation>Una entrevista colectiva no es confidencial: trate los temas delicados en entrevistas individuales</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Number of persons interviewed (2 or more in a group)</source>
        <translation>Número de personas entrevistadas (2 o más en grupo)</translation>
    </message>
    <message>
        <source>Per&amp;sons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Priva&amp;te</source>
        <translation>En &amp;privado</translation>
    </message>
    <message>
        <source>Reprisa&amp;l risk</source>
        <translation>&amp;Riesgo de represalias</translation>
    </message>
    <message>
        <source>Held in private, without witnesses (OPCAT art. 14 (1) (d))</source>
        <translation>Realizada en privado, sin testigos (Protocolo Facultativo, art. 14, párr. 1 d))</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsentimiento</translation>
    </message>
    <message>
        <source>Flag an interviewee at risk of intimidation or reprisals (OPCAT art. 15)</source>
        <translation>Señalar a una persona entrevistada en riesgo de intimidación o represalias (Protocolo Facultativo, art. 15)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Create &amp;finding from selection</source>
        <translation>Crear una &amp;constatación a partir de la selección</translation>
    </message>
    <message>
        <source>Show the real identity of this interviewee on screen? Make sure nobody else can see your screen.</source>
        <translation>¿Mostrar en pantalla la identidad real de esta persona? Asegúrese de que nadie más pueda ver su pantalla.</translation>
    </message>
    <message>
        <source>This person is flagged at risk of reprisals.</source>
        <translation>Esta persona está señalada como en riesgo de represalias.</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Mostrar la identidad</translation>
    </message>
</context>
<context>
    <name>InterviewHeader</name>
    <message>
        <source>&lt;b&gt;Informed consent: how the interviewee allows their information to be used.&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No use&lt;/b&gt;: nothing from this interview may be used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delegation use only&lt;/b&gt;: the delegation may use it internally, never in a report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anonymous use in the report&lt;/b&gt;: may be used in the report without anything that identifies the person.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anonymous use and transmission&lt;/b&gt;: anonymous use, and allegations may be passed to the authorities.&lt;/li&gt;&lt;/ul&gt;When in doubt, choose the narrower scope: do no harm.</source>
        <translation>&lt;b&gt;Consentimiento informado: cómo autoriza la persona entrevistada el uso de su información.&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ningún uso&lt;/b&gt;: no puede utilizarse nada de esta entrevista.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uso exclusivo de la delegación&lt;/b&gt;: la delegación puede utilizarla internamente, nunca en un informe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uso anónimo en el informe&lt;/b&gt;: puede utilizarse en el informe sin nada que identifique a la persona.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uso anónimo y transmisión&lt;/b&gt;: uso anónimo, y las denuncias pueden transmitirse a las autoridades.&lt;/li&gt;&lt;/ul&gt;En caso de duda, elija el alcance más restringido: no causar daño.</translation>
    </message>
    <message>
        <source>⚠ Reprisal risk</source>
        <translation>⚠ Riesgo de represalias</translation>
    </message>
    <message>
        <source>This interviewee is flagged at risk of reprisals (OPCAT art. 15): nothing that leaves the delegation may make the person identifiable. Follow up on later visits.</source>
        <translation>Esta persona entrevistada está señalada como en riesgo de represalias (Protocolo Facultativo, art. 15): nada de lo que salga de la delegación debe permitir identificarla. Haga un seguimiento en visitas posteriores.</translation>
    </message>
</context>
<context>
    <name>InterviewNotesEdit</name>
    <message>
        <source>Type the interview notes here: they are saved as you type.</source>
        <translation>Escriba aquí las notas de la entrevista: se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Create &amp;finding from selection</source>
        <translation>Crear una &amp;constatación a partir de la selección</translation>
    </message>
    <message>
        <source>Start a finding from the selected passage, with this interview as evidence</source>
        <translation>Crear una constatación a partir del pasaje seleccionado, con esta entrevista como prueba</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Pseudonym, place, category, notes…</source>
        <extracomment>The user asked to open an interview (its id).</extracomment>
        <translation>Seudónimo, lugar, categoría, notas…</translation>
    </message>
    <message>
        <source>Shows only the loaded rows containing this text; scroll down to load more</source>
        <translation>Muestra solo las filas cargadas que contienen este texto; desplácese hacia abajo para cargar más</translation>
    </message>
    <message>
        <source>All interviews</source>
        <translation>Todas las entrevistas</translation>
    </message>
    <message>
        <source>Enter opens the selected interview</source>
        <translation>Intro abre la entrevista seleccionada</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an interview</source>
        <translation>Haga doble clic o pulse Intro para abrir una entrevista</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>{0} of {1} loaded rows match</source>
        <translation>Coinciden {0} de {1} filas cargadas</translation>
    </message>
    <message>
        <source>{0} of {1} interviews loaded</source>
        <translation>{0} de {1} entrevistas cargadas</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1 entrevista</translation>
    </message>
    <message>
        <source>{0} interviews</source>
        <translation>{0} entrevistas</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>Riesgo de represalias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Group of {0}</source>
        <translation>Grupo de {0}</translation>
    </message>
    <message>
        <source>⚠ marks a person at risk of reprisals</source>
        <translation>⚠ señala a una persona en riesgo de represalias</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable</source>
        <translation>Riesgo de represalias: esta persona nunca debe poder ser identificada</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>SPT Field locks as soon as your edit is saved (the database is in use).</source>
        <translation>SPT Field se bloqueará en cuanto se guarde su modificación (la base de datos está en uso).</translation>
    </message>
    <message>
        <source>One edit could not be saved: the database was in use by another SPT Field window or command. It was discarded when SPT Field locked; please enter it again.</source>
        <translation>No se pudo guardar una modificación: la base de datos estaba en uso por otra ventana u orden de SPT Field. Se descartó al bloquearse SPT Field; vuelva a introducirla.</translation>
    </message>
    <message>
        <source>One edit broke a rule and could not be saved (the form showed why); it was discarded when SPT Field locked. Please enter it again.</source>
        <translation>Una modificación incumplía una regla y no se pudo guardar (el formulario indicaba el motivo); se descartó al bloquearse SPT Field. Vuelva a introducirla.</translation>
    </message>
    <message>
        <source>Unlock SPT Field</source>
        <translation>Desbloquear SPT Field</translation>
    </message>
    <message>
        <source>SPT Field was locked. Passphrase for {0}</source>
        <translation>SPT Field se bloqueó. Frase de contraseña de {0}</translation>
    </message>
    <message>
        <source>SPT Field was locked. The server&apos;s password for {0}</source>
        <translation>SPT Field se ha bloqueado. Contraseña del servidor para {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h2&gt;SPT Field is locked&lt;/h2&gt;</source>
        <extracomment>How long a lock waits for an edit held up by another window or command writing the database, and how often it tries again meanwhile. What the user does with mouse, keyboard, wheel or touch: each one restarts the idle timer. The encrypted file, or None for a database on a server (`server`).</extracomment>
        <translation>&lt;h2&gt;SPT Field está bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>Enter the database passphrase to continue</source>
        <translation>Introduzca la frase de contraseña de la base de datos para continuar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Leave SPT Field; the database stays closed</source>
        <translation>Salir de SPT Field; la base de datos permanece cerrada</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Borrado de emergencia…</translation>
    </message>
    <message>
        <source>Delete the database, its backups and every trace of SPT Field on this laptop</source>
        <translation>Eliminar la base de datos, sus copias de seguridad y todo rastro de SPT Field en este portátil</translation>
    </message>
    <message>
        <source>The connection to the server database {0} was closed to protect it; what you entered was saved. Unlock to connect again (the server&apos;s password is asked unless this computer keeps it).</source>
        <translation>La conexión con la base de datos del servidor {0} se cerró para protegerla; lo que introdujo se ha guardado. Desbloquee para volver a conectarse (se le pedirá la contraseña del servidor, salvo que este equipo la conserve).</translation>
    </message>
    <message>
        <source>Connect to the server again</source>
        <translation>Volver a conectarse al servidor</translation>
    </message>
    <message>
        <source>The database {0} was closed to protect it; what you entered was saved. Unlock with the database passphrase.</source>
        <translation>La base de datos {0} se cerró para protegerla; lo que introdujo se guardó. Desbloquee con la frase de contraseña de la base de datos.</translation>
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
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir una base de datos…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Conectarse a un ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Open the shared database on your headquarters&apos; PostgreSQL server</source>
        <translation>Abrir la base de datos compartida en el servidor PostgreSQL de su sede</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Cerrar la base de datos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Hide everything and close the database until unlocked</source>
        <translation>Ocultarlo todo y cerrar la base de datos hasta que se desbloquee</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Borrado de emergencia…</translation>
    </message>
    <message>
        <source>Delete this database, its backups and the recent list, then quit</source>
        <translation>Eliminar esta base de datos, sus copias de seguridad y la lista de recientes, y salir</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportar un paquete…</translation>
    </message>
    <message>
        <source>Write the visit&apos;s records to a file for another laptop or headquarters</source>
        <translation>Escribir los registros de la visita en un archivo para otro portátil o para la sede</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <source>Merge the records another laptop exported into this database</source>
        <translation>Combinar en esta base de datos los registros que exportó otro portátil</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Fields two laptops changed differently: choose the version to keep</source>
        <translation>Campos que dos portátiles cambiaron de forma distinta: elija la versión que se conserva</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and from which value to which</source>
        <translation>Quién cambió este registro, cuándo y de qué valor a qué valor</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visitas</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>Nueva &amp;visita…</translation>
    </message>
    <message>
        <source>New &amp;place</source>
        <translation>Nuevo &amp;lugar</translation>
    </message>
    <message>
        <source>New &amp;interview</source>
        <translation>Nueva &amp;entrevista</translation>
    </message>
    <message>
        <source>New &amp;finding</source>
        <translation>Nueva &amp;constatación</translation>
    </message>
    <message>
        <source>New &amp;recommendation</source>
        <translation>Nueva &amp;recomendación</translation>
    </message>
    <message>
        <source>&amp;Export report draft…</source>
        <translation>E&amp;xportar el proyecto de informe…</translation>
    </message>
    <message>
        <source>Countr&amp;y profile…</source>
        <translation>Perfil del paí&amp;s…</translation>
    </message>
    <message>
        <source>The ratifications, the national preventive mechanism and the earlier visits the report&apos;s introduction states</source>
        <translation>Las ratificaciones, el mecanismo nacional de prevención y las visitas anteriores que menciona la introducción del informe</translation>
    </message>
    <message>
        <source>Export &amp;internal visit notes…</source>
        <translation>Exportar las notas &amp;internas de la visita…</translation>
    </message>
    <message>
        <source>Delegation pro&amp;gramme</source>
        <translation>Pro&amp;grama de la delegación</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de control</translation>
    </message>
    <message>
        <source>&amp;Follow-up tracker</source>
        <translation>&amp;Seguimiento de recomendaciones</translation>
    </message>
    <message>
        <source>&amp;Overdue recommendations</source>
        <translation>Recomendaciones &amp;vencidas</translation>
    </message>
    <message>
        <source>Re&amp;prisals register</source>
        <translation>Registro de &amp;represalias</translation>
    </message>
    <message>
        <source>&amp;About SPT Field</source>
        <translation>&amp;Acerca de SPT Field</translation>
    </message>
    <message>
        <source>Start an interview at the current place with the last team pre-filled (Ctrl+N)</source>
        <translation>Iniciar una entrevista en el lugar actual con el último equipo ya rellenado (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visita</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer: {0}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name as the delegation knows you: History and field bundles record it with every change you make (Settings can change it later).</source>
        <translation>Su nombre tal como lo conoce la delegación: el historial y los paquetes de campo lo registran con cada cambio que haga (puede cambiarlo después en la Configuración).</translation>
    </message>
    <message>
        <source>Encrypted database: {0}</source>
        <translation>Base de datos cifrada: {0}</translation>
    </message>
    <message>
        <source>Server database: {0}</source>
        <translation>Base de datos del servidor: {0}</translation>
    </message>
    <message>
        <source>On the server {0}, shared with headquarters</source>
        <translation>En el servidor {0}, compartida con la sede</translation>
    </message>
    <message>
        <source>{0} — SPT Field</source>
        <translation>{0} — SPT Field</translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation>Modificación sin guardar</translation>
    </message>
    <message>
        <source>An edit breaks a rule and could not be saved (see the form&apos;s message). Close anyway and lose that edit?</source>
        <translation>Una modificación incumple una regla y no se pudo guardar (vea el mensaje del formulario). ¿Cerrar de todos modos y perder esa modificación?</translation>
    </message>
    <message>
        <source>✔ All changes saved</source>
        <translation>✔ Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <source>✖ Not saved: {0}</source>
        <translation>✖ No guardado: {0}</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Add a place first: interviews happen at a place.</source>
        <translation>Añada primero un lugar: las entrevistas se realizan en un lugar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this {0}? You can undo it with Ctrl+Z.</source>
        <translation>¿Eliminar este elemento ({0})? Se puede deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Finalize numbering</source>
        <translation>Fijar la numeración</translation>
    </message>
    <message>
        <source>Store every recommendation&apos;s paragraph number as the report prints it now, and freeze the report? The State party&apos;s reply will cite these numbers; editing the findings or recommendations afterwards asks to reopen the draft.</source>
        <translation>¿Guardar el número de párrafo de cada recomendación tal como lo imprime ahora el informe, y congelar el informe? La respuesta del Estado parte citará esos números; modificar después las constataciones o las recomendaciones pedirá reabrir el proyecto.</translation>
    </message>
    <message>
        <source>{0} recommendations numbered</source>
        <translation>{0} recomendaciones numeradas</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <source>Reopen the report draft?</source>
        <translation>¿Reabrir el proyecto de informe?</translation>
    </message>
    <message>
        <source>The report on this visit is final: the State party&apos;s reply quotes its paragraph numbers, and exporting it again prints it as it was finalized. Reopen the draft to make this change? Reopening is recorded in the history, and the report must be finalized again.</source>
        <translation>El informe sobre esta visita es definitivo: la respuesta del Estado parte cita sus números de párrafo, y al exportarlo de nuevo se imprime tal como se finalizó. ¿Reabrir el proyecto para hacer este cambio? La reapertura queda registrada en el historial, y el informe deberá finalizarse de nuevo.</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>This deletes {0}, its write-ahead log and all its backups, SPT Field&apos;s log and settings (the member&apos;s name, recent databases, remembered folders), offers to delete the reports, exports and bundles it wrote, and quits. It cannot be undone.

Type ERASE to confirm:</source>
        <translation>Esto elimina {0}, su registro de escritura anticipada y todas sus copias de seguridad, el registro y la configuración de SPT Field (nombre del miembro, bases de datos recientes, carpetas recordadas), ofrece eliminar los informes, exportaciones y paquetes que escribió, y sale. No se puede deshacer.

Escriba ERASE para confirmar:</translation>
    </message>
    <message>
        <source>About SPT Field</source>
        <translation>Acerca de SPT Field</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPT Field {0}&lt;/h3&gt;&lt;p&gt;An offline tool for visits to places of deprivation of liberty: places, interviews, findings and the confidential visit report.&lt;/p&gt;&lt;p&gt;Every database is encrypted (SQLCipher).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPT Field {0}&lt;/h3&gt;&lt;p&gt;Una herramienta sin conexión para las visitas a lugares de privación de libertad: lugares, entrevistas, constataciones y el informe confidencial de la visita.&lt;/p&gt;&lt;p&gt;Todas las bases de datos están cifradas (SQLCipher).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An edit breaks a rule and could not be saved (see the form&apos;s message). Change the language now and lose that edit? Otherwise the new language is used from the next start.</source>
        <translation>Una modificación incumple una regla y no se pudo guardar (vea el mensaje del formulario). ¿Cambiar ahora de idioma y perder esa modificación? Si no, el nuevo idioma se usará en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>MetadataWords</name>
    <message>
        <source>GPS position</source>
        <translation>posición GPS</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>número de serie de la cámara</translation>
    </message>
    <message>
        <source>lens serial number</source>
        <translation>número de serie del objetivo</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>nombre del propietario</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>notas del fabricante</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marca y modelo de la cámara</translation>
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
        <translation>comentario</translation>
    </message>
    <message>
        <source>text fields</source>
        <translation>campos de texto</translation>
    </message>
    <message>
        <source>colour profile naming the device</source>
        <translation>perfil de color que nombra el dispositivo</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>last modified by</source>
        <translation>última modificación por</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>creating program</source>
        <translation>programa de creación</translation>
    </message>
    <message>
        <source>producing program</source>
        <translation>programa de producción</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>palabras clave</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Person {0}</source>
        <translation>Persona {0}</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable</source>
        <translation>Riesgo de represalias: esta persona nunca debe poder ser identificada</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Delegation and persons met</source>
        <translation>Delegación e interlocutores</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Visitas anteriores</translation>
    </message>
    <message>
        <source>All interviews ({0})</source>
        <translation>Todas las entrevistas ({0})</translation>
    </message>
    <message>
        <source>Report draft</source>
        <translation>Proyecto de informe</translation>
    </message>
    <message>
        <source>Places ({0})</source>
        <translation>Lugares ({0})</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Constataciones ({0})</translation>
    </message>
    <message>
        <source>Recommendations ({0})</source>
        <translation>Recomendaciones ({0})</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <source>Show the recommendations to one country only</source>
        <translation>Mostrar solo las recomendaciones a un país</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Cualquier autoridad</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Overdue recommendations</source>
        <translation>Recomendaciones vencidas</translation>
    </message>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>Exportar como &amp;XLSX…</translation>
    </message>
    <message>
        <source>Ex&amp;port as CSV…</source>
        <translation>Exportar como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>Au&amp;toridad:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Could not read the recommendations: {0}</source>
        <translation>No se pudieron leer las recomendaciones: {0}</translation>
    </message>
    <message>
        <source>Overdue recommendations: {0}</source>
        <translation>Recomendaciones vencidas: {0}</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Export the overdue recommendations</source>
        <translation>Exportar las recomendaciones vencidas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Places by type</source>
        <translation>Lugares por tipo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Interviews by category</source>
        <translation>Entrevistas por categoría</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Persons interviewed by category</source>
        <translation>Personas entrevistadas por categoría</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Allegations by form</source>
        <translation>Denuncias por forma</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Denuncias</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>Constataciones por ámbito</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constataciones</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Constataciones por gravedad</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Which figures the chart shows</source>
        <translation>Las cifras que muestra el gráfico</translation>
    </message>
    <message>
        <source>Interviews and persons by category</source>
        <translation>Entrevistas y personas por categoría</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>No figures: this visit has been deleted.</source>
        <translation>No hay cifras: esta visita se ha eliminado.</translation>
    </message>
    <message>
        <source>No figures: {0}</source>
        <translation>No hay cifras: {0}</translation>
    </message>
    <message>
        <source>{0} places visited · {1} interviews with {2} persons · {3} allegations · {4} findings</source>
        <translation>{0} lugares visitados · {1} entrevistas con {2} personas · {3} denuncias · {4} constataciones</translation>
    </message>
    <message>
        <source>{0}: nothing recorded yet</source>
        <translation>{0}: todavía no hay nada registrado</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Wrong passphrase, or this file is not an SPT Field database. Try again.</source>
        <translation>Frase de contraseña incorrecta, o este archivo no es una base de datos de SPT Field. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PassphraseRows</name>
    <message>
        <source>Repe&amp;at</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>At least {0} characters ({1} so far)</source>
        <translation>Al menos {0} caracteres ({1} por ahora)</translation>
    </message>
    <message>
        <source>Weak: add words or characters</source>
        <translation>Débil: añada palabras o caracteres</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong</source>
        <translation>Aceptable: unas palabras más la harán robusta</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robusta</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Repea&amp;t password</source>
        <translation>&amp;Repetir la contraseña</translation>
    </message>
    <message>
        <source>type a password: the file is always encrypted</source>
        <translation>escriba una contraseña: el archivo siempre se cifra</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Double-click a cell or press F2 to edit it; each change is saved at once</source>
        <translation>Haga doble clic en una celda o pulse F2 para editarla; cada cambio se guarda al instante</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>{0}: enter a whole number, or nothing</source>
        <extracomment>A cell edit was refused: the message for the user. A cell edit was saved. {0} is the column&apos;s title, such as &quot;Protocol rank&quot;.</extracomment>
        <translation>{0}: escriba un número entero, o nada</translation>
    </message>
    <message>
        <source>{0}: someone else saved this meanwhile; their value is shown. Type yours again to save it over theirs</source>
        <translation>{0}: otra persona ha guardado esto mientras tanto; se muestra su valor. Vuelva a escribir su valor para guardarlo en lugar del de esa persona</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Official name of the place</source>
        <translation>Nombre oficial del lugar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice, prison service</source>
        <translation>p. ej. Ministerio de Justicia, administración penitenciaria</translation>
    </message>
    <message>
        <source>A&amp;uthority</source>
        <translation>A&amp;utoridad</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>GPS latitude in decimal degrees (-90 to 90); — means not recorded</source>
        <translation>Latitud GPS en grados decimales (de -90 a 90); — significa que no consta</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitud</translation>
    </message>
    <message>
        <source>GPS longitude in decimal degrees (-180 to 180); — means not recorded</source>
        <translation>Longitud GPS en grados decimales (de -180 a 180); — significa que no consta</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Time of arrival, e.g. 9:30 or 0930</source>
        <translation>Hora de llegada, p. ej. 9:30 o 0930</translation>
    </message>
    <message>
        <source>Time of departure, e.g. 17:45 or 1745</source>
        <translation>Hora de salida, p. ej. 17:45 o 1745</translation>
    </message>
    <message>
        <source>&amp;Arrived at</source>
        <translation>Llega&amp;da a las</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>No figura en el registro</translation>
    </message>
    <message>
        <source>The entry of the country&apos;s register of places this place is</source>
        <translation>La entrada del registro de lugares del país que corresponde a este lugar</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>En el registro</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visi&amp;tado el</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>&amp;Salida a las</translation>
    </message>
    <message>
        <source>Announce&amp;d</source>
        <translation>Anunciada</translation>
    </message>
    <message>
        <source>Ticked if the authorities were told of the visit</source>
        <translation>Marcada si se informó a las autoridades de la visita</translation>
    </message>
    <message>
        <source>Tick the delegation members who went</source>
        <translation>Marque los miembros de la delegación que acudieron</translation>
    </message>
    <message>
        <source>Mem&amp;bers present</source>
        <translation>Miem&amp;bros presentes</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Official capacity (number of places)</source>
        <translation>Capacidad oficial (número de plazas)</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;oblación</translation>
    </message>
    <message>
        <source>Persons held on the day of the visit</source>
        <translation>Personas recluidas el día de la visita</translation>
    </message>
    <message>
        <source>Population as a share of the official capacity</source>
        <translation>Población en proporción a la capacidad oficial</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Tasa de ocupación</translation>
    </message>
    <message>
        <source>&amp;Men</source>
        <translation>&amp;Hombres</translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation>&amp;Mujeres</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>&amp;Niños</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>E&amp;xtranjeros</translation>
    </message>
    <message>
        <source>Pre-&amp;trial</source>
        <translation>En prisión &amp;preventiva</translation>
    </message>
    <message>
        <source>&amp;Sentenced</source>
        <translation>&amp;Condenados</translation>
    </message>
    <message>
        <source>Adm&amp;inistrative</source>
        <translation>Detención administrativa</translation>
    </message>
    <message>
        <source>Registers checked</source>
        <translation>Registros examinados</translation>
    </message>
    <message>
        <source>Tick the registers the delegation examined</source>
        <translation>Marque los registros que examinó la delegación</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Obstrucción</translation>
    </message>
    <message>
        <source>Delayed or refused access, areas not shown, interviews refused…</source>
        <translation>Acceso demorado o denegado, zonas no mostradas, entrevistas denegadas…</translation>
    </message>
    <message>
        <source>{0} % of capacity</source>
        <translation>{0} % de la capacidad</translation>
    </message>
</context>
<context>
    <name>PreviousVisitsModel</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Report symbol</source>
        <translation>Signatura del informe</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit connection</source>
        <translation>Editar la conexión</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <translation>postgresql://usuario@servidor:5432/base</translation>
    </message>
    <message>
        <source>A PostgreSQL URL without password: libpq finds it (PGPASSWORD, .pgpass) or SPT Field asks for it</source>
        <translation>Una URL de PostgreSQL sin contraseña: libpq la encuentra (PGPASSWORD, .pgpass) o SPT Field se la pide</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL del servidor</translation>
    </message>
    <message>
        <source>Never put the password in the URL: it is asked when connecting, or found by libpq in PGPASSWORD or a .pgpass file.</source>
        <translation>No incluya nunca la contraseña en la URL: se pide al conectarse, o libpq la encuentra en PGPASSWORD o en un archivo .pgpass.</translation>
    </message>
    <message>
        <source>give the connection a name</source>
        <translation>dé un nombre a la conexión</translation>
    </message>
    <message>
        <source>another connection is called {0}</source>
        <translation>ya hay otra conexión llamada {0}</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Place or meeting</source>
        <translation>Lugar o reunión</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Meeting: {0}</source>
        <translation>Reunión: {0}</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Programme entries</source>
        <translation>Entradas del programa</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>De&amp;lete the entry</source>
        <translation>&amp;Borrar la entrada</translation>
    </message>
    <message>
        <source>Print as &amp;PDF…</source>
        <translation>Imprimir en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as cale&amp;ndar…</source>
        <translation>Exportar como &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;Update the register of places…</source>
        <translation>Ac&amp;tualizar el registro de lugares…</translation>
    </message>
    <message>
        <source>Import the country&apos;s list of places kept by the NPM (CSV or Excel)</source>
        <translation>Importar la lista de lugares del país que lleva el MNP (CSV o Excel)</translation>
    </message>
    <message>
        <source>Register of places</source>
        <translation>Registro de lugares</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>For the delegation only; never a name of a person interviewed</source>
        <translation>Solo para la delegación; nunca el nombre de una persona entrevistada</translation>
    </message>
    <message>
        <source>The visit&apos;s places first, then the country&apos;s register</source>
        <translation>Primero los lugares de la visita, luego el registro del país</translation>
    </message>
    <message>
        <source>The authority met, when the entry is a meeting</source>
        <translation>La autoridad con la que se reúne, si la entrada es una reunión</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <source>Ends a&amp;t:</source>
        <translation>Hora de &amp;fin:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Meeting w&amp;ith:</source>
        <translation>&amp;Reunión con:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>La entrada seleccionada</translation>
    </message>
    <message>
        <source>Internal to the delegation: the printed programme is marked confidential.</source>
        <translation>Interno de la delegación: el programa impreso lleva la mención confidencial.</translation>
    </message>
    <message>
        <source>No place: a meeting</source>
        <translation>Ningún lugar: una reunión</translation>
    </message>
    <message>
        <source>Register of places of {0} ({1})</source>
        <translation>Registro de lugares: {0} ({1})</translation>
    </message>
    <message>
        <source>Programme of the visit to {0}, {1} to {2}</source>
        <translation>Programa de la visita: {0}, del {1} al {2}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Update the register of places</source>
        <translation>Actualizar el registro de lugares</translation>
    </message>
    <message>
        <source>Lists of places (*.csv *.xlsx)</source>
        <translation>Listas de lugares (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Nothing imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
    <message>
        <source>Print the programme</source>
        <translation>Imprimir el programa</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the programme as a calendar</source>
        <translation>Exportar el programa como calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>No exportado: {0}</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUp</name>
    <message>
        <source>The recommendation as the report states it</source>
        <translation>La recomendación tal como la formula el informe</translation>
    </message>
    <message>
        <source>How far it was implemented, from the State&apos;s reply or a follow-up visit</source>
        <translation>En qué medida se aplicó, según la respuesta del Estado o una visita de seguimiento</translation>
    </message>
    <message>
        <source>What the State party replied on this paragraph</source>
        <translation>Lo que respondió el Estado parte sobre este párrafo</translation>
    </message>
    <message>
        <source>Saved by itself as you type</source>
        <translation>Se guarda automáticamente mientras escribe</translation>
    </message>
    <message>
        <source>The date of the State party&apos;s reply</source>
        <translation>La fecha de la respuesta del Estado parte</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Every status given to it, oldest first</source>
        <translation>Cada estado que se le dio, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historial de estados:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Date of re&amp;ply:</source>
        <translation>&amp;Fecha de la respuesta:</translation>
    </message>
    <message>
        <source>St&amp;ate reply:</source>
        <translation>&amp;Respuesta del Estado:</translation>
    </message>
    <message>
        <source>Select a recommendation to record the reply.</source>
        <translation>Seleccione una recomendación para registrar la respuesta.</translation>
    </message>
    <message>
        <source>Paragraph {0}</source>
        <translation>Párrafo {0}</translation>
    </message>
    <message>
        <source>Not numbered yet</source>
        <translation>Aún sin numerar</translation>
    </message>
    <message>
        <source>Not saved yet: {0}</source>
        <translation>Aún no guardado: {0}</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>To whom it is addressed: the State party, the NPM or a named authority</source>
        <translation>A quién se dirige: el Estado parte, el MNP o una autoridad designada</translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>e.g. Ministry of the Interior</source>
        <translation>p. ej. Ministerio del Interior</translation>
    </message>
    <message>
        <source>The authority addressed; needed when the addressee is a named authority</source>
        <translation>La autoridad a la que se dirige; necesaria cuando el destinatario es una autoridad designada</translation>
    </message>
    <message>
        <source>A&amp;uthority</source>
        <translation>A&amp;utoridad</translation>
    </message>
    <message>
        <source>The kind of authority that must act on it, for the follow-up across countries</source>
        <translation>La clase de autoridad que debe actuar, para el seguimiento entre países</translation>
    </message>
    <message>
        <source>Kind of authorit&amp;y</source>
        <translation>C&amp;lase de autoridad</translation>
    </message>
    <message>
        <source>The Subcommittee recommends that …</source>
        <translation>El Subcomité recomienda que …</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Tick the findings this recommendation answers</source>
        <translation>Marque las constataciones a las que responde esta recomendación</translation>
    </message>
    <message>
        <source>F&amp;indings answered</source>
        <translation>&amp;Constataciones atendidas</translation>
    </message>
    <message>
        <source>Pri&amp;ority</source>
        <translation>Pri&amp;oridad</translation>
    </message>
    <message>
        <source>Tick the themes it concerns</source>
        <translation>Marque los temas a los que se refiere</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>Te&amp;mas</translation>
    </message>
    <message>
        <source>Tick the standards the report cites for this recommendation</source>
        <translation>Marque las normas que el informe cita para esta recomendación</translation>
    </message>
    <message>
        <source>Standards &amp;cited</source>
        <translation>Normas aplica&amp;bles</translation>
    </message>
    <message>
        <source>How far it was implemented, from the State&apos;s reply or a follow-up visit</source>
        <translation>En qué medida se aplicó, según la respuesta del Estado o una visita de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>six months after transmission</source>
        <translation>seis meses después de la transmisión</translation>
    </message>
    <message>
        <source>When it must be implemented; empty: six months after the report&apos;s transmission</source>
        <translation>Cuándo debe aplicarse; vacío: seis meses después de la transmisión del informe</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>Pla&amp;zo</translation>
    </message>
    <message>
        <source>Set when the report&apos;s numbering is finalized</source>
        <translation>Se fija cuando se establece la numeración del informe</translation>
    </message>
    <message>
        <source>&amp;Paragraph number</source>
        <translation>Número de &amp;párrafo</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Keep mine</source>
        <extracomment>The field a new record of this kind is typed into first.</extracomment>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Save what you typed over what the other person saved</source>
        <translation>Guardar lo que ha escrito en lugar de lo que guardó la otra persona</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la otra</translation>
    </message>
    <message>
        <source>Drop what you typed and show the record as the other person saved it</source>
        <translation>Descartar lo que ha escrito y mostrar el registro tal como lo guardó la otra persona</translation>
    </message>
    <message>
        <source>{0} is now {1}</source>
        <translation>{0} es ahora {1}</translation>
    </message>
    <message>
        <source>someone else saved this record meanwhile: {0}.</source>
        <translation>otra persona ha guardado este registro mientras tanto: {0}.</translation>
    </message>
    <message>
        <source>someone else saved this record meanwhile.</source>
        <translation>otra persona ha guardado este registro mientras tanto.</translation>
    </message>
    <message>
        <source>What you typed is kept here: keep yours to save it over theirs, or take theirs.</source>
        <translation>Lo que ha escrito se conserva aquí: conserve su versión para guardarla en lugar de la de esa persona, o tome la otra.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not saved yet: {0}</source>
        <translation>Aún no guardado: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Last visited</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Times visited</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Edit report section</source>
        <translation>Editar una sección del informe</translation>
    </message>
    <message>
        <source>Store each recommendation&apos;s paragraph number so the State&apos;s reply can cite it</source>
        <translation>Guardar el número de párrafo de cada recomendación para que la respuesta del Estado pueda citarlo</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <source>Section narrative</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>Re&amp;store standard wording</source>
        <translation>&amp;Restablecer la redacción estándar</translation>
    </message>
    <message>
        <source>F&amp;inalize numbering</source>
        <translation>&amp;Fijar la numeración</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar el informe…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Narrative&lt;/b&gt; — printed at the start of the section, before the generated content</source>
        <translation>&lt;b&gt;Texto introductorio&lt;/b&gt; — se imprime al comienzo de la sección, antes del contenido generado</translation>
    </message>
    <message>
        <source>The report follows this text with what the visit&apos;s records say for “{0}”.</source>
        <translation>El informe añade tras este texto lo que dicen los registros de la visita sobre “{0}”.</translation>
    </message>
</context>
<context>
    <name>ReprisalModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Medidas</translation>
    </message>
</context>
<context>
    <name>ReprisalsView</name>
    <message>
        <source>Every case</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Show the cases with this status only</source>
        <translation>Mostrar solo los casos con este estado</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>Casos de represalias</translation>
    </message>
    <message>
        <source>Interviews marked at risk of reprisals that have no case yet</source>
        <translation>Entrevistas marcadas con riesgo de represalias que aún no tienen caso</translation>
    </message>
    <message>
        <source>Open a &amp;case</source>
        <translation>Abrir un &amp;caso</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Contacts made with the person or those close to them since the visit</source>
        <translation>Contactos con la persona o sus allegados desde la visita</translation>
    </message>
    <message>
        <source>Incidents the person or others alleged since the visit</source>
        <translation>Incidentes denunciados por la persona u otros desde la visita</translation>
    </message>
    <message>
        <source>What was done: letters, interventions, whom they went to</source>
        <translation>Lo que se hizo: cartas, intervenciones, a quién se dirigieron</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Person at risk:</source>
        <translation>&amp;Persona en riesgo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Opened &amp;on:</source>
        <translation>Abierto e&amp;l:</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>Con&amp;tactos:</translation>
    </message>
    <message>
        <source>&amp;Incidents alleged:</source>
        <translation>Inci&amp;dentes denunciados:</translation>
    </message>
    <message>
        <source>Actio&amp;ns:</source>
        <translation>Accio&amp;nes:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Lo &amp;hecho:</translation>
    </message>
    <message>
        <source>Follow-up of the selected case</source>
        <translation>Seguimiento del caso seleccionado</translation>
    </message>
    <message>
        <source>Internal: the register never reaches a report.</source>
        <translation>Interno: el registro nunca llega a un informe.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. They are taken when the database opens, every 30 minutes while you work, and when it closes; the last 10 are kept.</source>
        <translation>Copias de seguridad de {0}, las más recientes primero. Se realizan al abrir la base de datos, cada 30 minutos mientras trabaja y al cerrarla; se conservan las 10 últimas.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Todavía no hay copias de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Replace {0} with the backup of {1} ({2} visits, {3} places, {4} interviews)? Everything entered since that backup is set aside: the current state is kept as a before-restore backup, so you can go back to it.</source>
        <translation>¿Sustituir {0} por la copia de seguridad del {1} ({2} visitas, {3} lugares, {4} entrevistas)? Todo lo introducido desde esa copia se aparta: el estado actual se conserva como copia anterior a la restauración, para poder volver a él.</translation>
    </message>
</context>
<context>
    <name>SaveFileRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <extracomment>The user chose a hit: its kind code and record id.</extracomment>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Words in interview notes, findings, recommendations</source>
        <translation>Palabras de las notas de entrevista, constataciones, recomendaciones</translation>
    </message>
    <message>
        <source>Every word must appear; the last one may be the start of a word</source>
        <translation>Deben aparecer todas las palabras; la última puede ser el comienzo de una palabra</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a result</source>
        <translation>Haga doble clic o pulse Intro para abrir un resultado</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Type to search every visit in this database</source>
        <translation>Escriba para buscar en todas las visitas de esta base de datos</translation>
    </message>
    <message>
        <source>The {0} best results</source>
        <translation>Los {0} mejores resultados</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0} resultados</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Person {0}</source>
        <translation>Persona {0}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>The server asks for a password to connect to {0}.</source>
        <translation>El servidor pide una contraseña para conectarse a {0}.</translation>
    </message>
    <message>
        <source>Not kept: SPT Field asks again after locking or the next time</source>
        <translation>No se conserva: SPT Field la volverá a pedir tras un bloqueo o la próxima vez</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
</context>
<context>
    <name>SessionRecovery</name>
    <message>
        <source>Recovered after an unexpected stop: visit {0}, {1}; saved at {2}.</source>
        <extracomment>The message&apos;s object name (tests find it by it).</extracomment>
        <translation>Recuperado tras una interrupción inesperada: visita {0}, {1}; guardado a las {2}.</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: visit {0}.</source>
        <translation>Recuperado tras una interrupción inesperada: visita {0}.</translation>
    </message>
    <message>
        <source>Work recovered</source>
        <translation>Trabajo recuperado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the database after this many idle minutes</source>
        <translation>Bloquear la base de datos tras estos minutos de inactividad</translation>
    </message>
    <message>
        <source>The delegation member who uses this laptop: recorded with every change</source>
        <translation>El miembro de la delegación que usa este portátil: se registra con cada cambio</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A photograph or document larger than this is not attached</source>
        <translation>Una foto o documento mayor no se adjunta</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after</source>
        <translation>&amp;Bloqueo automático tras</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;member</source>
        <translation>&amp;Miembro que usa este portátil</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Adjunto más grande</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <source>Version {0}</source>
        <translation>Versión {0}</translation>
    </message>
    <message>
        <source>Words only in this version are marked [+ +]: {0}</source>
        <translation>Las palabras que solo tiene esta versión se marcan [+ +]: {0}</translation>
    </message>
    <message>
        <source>Keep version {0}</source>
        <translation>Conservar la versión {0}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>SPT Field databases (*.sptdb);;All files (*)</source>
        <translation>Bases de datos de SPT Field (*.sptdb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SPT Field&lt;/h1&gt;&lt;p&gt;Visits to places of deprivation of liberty: log places, interviews and findings; draft the confidential report.&lt;/p&gt;</source>
        <extracomment>The backup file to restore and the database file it becomes (which may not exist). The libpq URL of a server database to connect to (no password in it).</extracomment>
        <translation>&lt;h1&gt;SPT Field&lt;/h1&gt;&lt;p&gt;Visitas a lugares de privación de libertad: registre lugares, entrevistas y constataciones; redacte el informe confidencial.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version {0} · every database is encrypted</source>
        <translation>Versión {0} · todas las bases de datos están cifradas</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir una base de datos…</translation>
    </message>
    <message>
        <source>&amp;Create database…</source>
        <translation>&amp;Crear una base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>A fictional visit to try SPT Field with</source>
        <translation>Una visita ficticia para probar SPT Field</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurar desde una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Put a backup back as a database: also when the database itself is lost</source>
        <translation>Restablecer una copia de seguridad como base de datos: también cuando la propia base de datos se ha perdido</translation>
    </message>
    <message>
        <source>Connec&amp;t to a server…</source>
        <translation>Conec&amp;tarse a un servidor…</translation>
    </message>
    <message>
        <source>Open the shared database on your headquarters&apos; PostgreSQL server</source>
        <translation>Abrir la base de datos compartida en el servidor PostgreSQL de su sede</translation>
    </message>
    <message>
        <source>Rece&amp;nt databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>Servidor: {0}</translation>
    </message>
    <message>
        <source>A database on a server: {0}</source>
        <translation>Una base de datos en un servidor: {0}</translation>
    </message>
    <message>
        <source>File: {0}   —   {1}</source>
        <translation>Archivo: {0}   —   {1}</translation>
    </message>
    <message>
        <source>{0} (file not found)</source>
        <translation>{0} (no se encuentra el archivo)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Crear una base de datos</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurar la copia de seguridad como</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: nothing was written. Free some space (empty the trash, delete files you no longer need) and try again.</source>
        <translation>El disco está lleno: no se guardó nada. Libere espacio (vacíe la papelera, elimine los archivos que ya no necesite) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file, its folder or its disk is read-only. Copy the database to a folder you can write to (or allow writing to it) and open it from there.</source>
        <translation>No se puede escribir en la base de datos: el archivo, su carpeta o su disco es de solo lectura. Copie la base de datos a una carpeta en la que pueda escribir (o permita la escritura) y ábrala desde allí.</translation>
    </message>
    <message>
        <source>The database is in use by another SPT Field window or command. Try again when it has finished.</source>
        <translation>La base de datos está siendo utilizada por otra ventana o comando de SPT Field. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The disk failed to read or write the database (was a card or stick removed?). Check the disk, then copy the database and its backups somewhere safe; restore a backup if the database is damaged.</source>
        <translation>El disco no pudo leer ni escribir la base de datos (¿se retiró una tarjeta o una memoria USB?). Compruebe el disco y copie la base de datos y sus copias de seguridad en un lugar seguro; restaure una copia de seguridad si la base de datos está dañada.</translation>
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
        <translation>“{0}” no es una hora: escriba HH:MM</translation>
    </message>
</context>
<context>
    <name>TrackerVisitModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Transmitted</source>
        <translation>Transmitido el</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta prevista para</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Respuesta recibida el</translation>
    </message>
    <message>
        <source>Publication requested</source>
        <translation>Publicación solicitada</translation>
    </message>
    <message>
        <source>Public symbol</source>
        <translation>Signatura pública</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Reply overdue: it was due on {0}</source>
        <translation>Respuesta atrasada: se esperaba el {0}</translation>
    </message>
    <message>
        <source>⚠ {0} (overdue)</source>
        <translation>⚠ {0} (atrasada)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not redo “{0}”: {1}</source>
        <translation>No se pudo rehacer “{0}”: {1}</translation>
    </message>
    <message>
        <source>Could not undo “{0}”: {1}</source>
        <translation>No se pudo deshacer “{0}”: {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Edición: {0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Adición: {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Eliminación: {0}</translation>
    </message>
    <message>
        <source>Edit country profile</source>
        <translation>Editar el perfil del país</translation>
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
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Why the visit was postponed</source>
        <translation>Por qué se aplazó la visita</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Postponement reason</source>
        <translation>&amp;Motivo del aplazamiento</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un objetivo por línea</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Restricted symbol</source>
        <translation>Signatura (distribución reservada)</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>Transmitido el</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>Respuesta prevista para el</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Respuesta recibida el</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>No solicitada</translation>
    </message>
    <message>
        <source>Publication requested by</source>
        <translation>Publicación solicitada por</translation>
    </message>
    <message>
        <source>Publication requested on</source>
        <translation>Publicación solicitada el</translation>
    </message>
    <message>
        <source>Public symbol</source>
        <translation>Signatura pública</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>Filter by country, year, type or status</source>
        <translation>Filtrar por país, año, tipo o estado</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Nueva visita…</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>A&amp;brir la visita</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Visits&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Visitas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter visits</source>
        <translation>Filtrar las visitas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Enter opens the selected visit</source>
        <translation>Intro abre la visita seleccionada</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>{0} · 1 conflict</source>
        <translation>{0} · 1 conflicto</translation>
    </message>
    <message>
        <source>{0} · {1} conflicts</source>
        <translation>{0} · {1} conflictos</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigator</source>
        <extracomment>The record shown in the editor changed (kind code or section, id).</extracomment>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>The visit&apos;s records: F6 moves to the editor</source>
        <translation>Los registros de la visita: F6 pasa al editor</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nueva constatación</translation>
    </message>
    <message>
        <source>The Subcommittee recommends that the State party </source>
        <translation>El Subcomité recomienda al Estado parte que </translation>
    </message>
</context>
<context>
    <name>WrittenFilesDialog</name>
    <message>
        <source>Files SPT Field wrote</source>
        <translation>Archivos escritos por SPT Field</translation>
    </message>
    <message>
        <source>SPT Field wrote these files outside the database (reports, notes, exports, bundles). Checked files are deleted too.</source>
        <translation>SPT Field escribió estos archivos fuera de la base de datos (informes, notas, exportaciones, paquetes). Los archivos marcados también se eliminan.</translation>
    </message>
    <message>
        <source>Files to delete</source>
        <translation>Archivos que se eliminarán</translation>
    </message>
    <message>
        <source>&amp;Delete checked</source>
        <translation>&amp;Eliminar los marcados</translation>
    </message>
    <message>
        <source>&amp;Keep them all</source>
        <translation>&amp;Conservarlos todos</translation>
    </message>
</context>
<context>
    <name>_BundleDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Delegation &amp;passphrase</source>
        <translation>&amp;Frase de contraseña de la delegación</translation>
    </message>
    <message>
        <source>The delegation passphrase is agreed within the delegation, not stored anywhere: the bundle cannot be read without it.</source>
        <translation>La frase de contraseña de la delegación se acuerda dentro de la delegación y no se guarda en ningún lugar: sin ella no se puede leer el paquete.</translation>
    </message>
    <message>
        <source>choose the bundle file</source>
        <translation>elija el archivo del paquete</translation>
    </message>
    <message>
        <source>enter the delegation passphrase</source>
        <translation>introduzca la frase de contraseña de la delegación</translation>
    </message>
</context>
</TS>
