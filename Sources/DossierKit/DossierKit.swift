// Dossier documents.
