public import StrictJSON

extension Catalog {
  public static let schemaFileName = "catalog.schema.json"

  /// The JSON Schema (draft 2020-12) of a catalog file, derived from the strict reader.
  public static func jsonSchema() throws(JSONSchemaDerivationError) -> JSONSchemaDocument {
    try JSONSchemaDerivation(descriptions: schemaDescriptions).document(
      for: Catalog.self, id: schemaFileName, title: "Pakketcatalogus (dossierkit)")
  }

  /// Dutch descriptions for editors, by type and by `Type.key`; docs/catalog-format.md has the
  /// rules behind each key. A test fails when a key lacks a description or one is left over.
  public static let schemaDescriptions: [String: String] = [
    "Catalog":
      "Een overzicht van dienstverleningspakketten van een verzekeraar of arbodienst, zoals de brochure het toont.",
    "Catalog.sleutel": "Kenmerk van de catalogus, kleine letters met streepjes.",
    "Catalog.titel": "Titel van het overzicht.",
    "Catalog.aanbieder": "Uitgever: verzekeraar of arbodienst.",
    "Catalog.product": "Productnaam.",
    "Catalog.arbodiensten": "Arbodiensten die de diensten uitvoeren.",
    "Catalog.jaar": "Tariefjaar; standaard ook het btw-jaar van offertes.",
    "Catalog.geldigVanaf": "Eerste geldige dag; de peildatum van het overzicht.",
    "Catalog.geldigTot": "Laatste geldige dag.",
    "Catalog.bron": "Het brondocument.",
    "Catalog.valuta": "Valuta van prijzen zonder eigen valuta; alleen EUR.",
    "Catalog.grondslag": "Belastinggrondslag van prijzen zonder eigen grondslag.",
    "Catalog.prijsvermelding": "Hoe het overzicht zijn prijzen vermeldt, zoals gedrukt.",
    "Catalog.pakketten": "De pakketten: de kolommen van het overzicht.",
    "Catalog.secties": "De diensten in secties: de rijen van het overzicht.",
    "Catalog.legenda": "Tekens in de cellen en hun betekenis.",
    "Catalog.voetnoten": "Voetnoten waarnaar diensten en cellen verwijzen.",
    "Catalog.btw": "Btw-tarief per jaar; nooit een constante in de code.",
    "Catalog.pakketkortingen":
      "Pakketkorting naar het aantal verzekeringen; de hoogste bereikte trede geldt.",
    "Catalog.betaaltermijnen": "Toeslag per betaaltermijn; jaarbetaling heeft geen toeslag.",
    "Catalog.geenToeslagVanafVerzekeringen":
      "Vanaf dit aantal verzekeringen geen toeslag voor de betaaltermijn.",
    "Catalog.kenmerken": "Overige productkenmerken.",
    "Catalog.opmerkingen": "Opmerkingen van de opsteller van de catalogus.",
    "Pakket": "Een pakket: één kolom van het overzicht.",
    "Pakket.sleutel": "Kenmerk van het pakket, waarnaar cellen en dossiers verwijzen.",
    "Pakket.naam": "Naam van het pakket.",
    "Pakket.prijs": "Prijs van het pakket.",
    "Pakket.prijsomschrijving": "De prijs in woorden, zoals gedrukt.",
    "Pakket.poortwachtergarantie": "Het pakket geeft een poortwachtergarantie.",
    "Pakket.vovConvenant": "Het pakket valt onder het convenant verzuimontzorgverzekering (VOV).",
    "Pakket.kenmerken": "Kenmerken van het pakket.",
    "Pakket.toelichting": "Toelichting.",
    "Prijs": "Een prijs.",
    "Prijs.bedrag": "Het bedrag (vanaf-bedrag bij een bandbreedte).",
    "Prijs.totBedrag": "Bovengrens van een bandbreedte.",
    "Prijs.valuta": "Valuta; alleen EUR.",
    "Prijs.eenheid": "Eenheid (per uur, per stuk); zonder eenheid: per werknemer per jaar.",
    "Prijs.grondslag": "Belastinggrondslag van deze prijs.",
    "Sectie": "Een sectie van het overzicht: een kop met diensten.",
    "Sectie.titel": "Kop van de sectie.",
    "Sectie.toelichting": "Toelichting.",
    "Sectie.pakketten": "De pakketten waarvoor de sectie geldt; ontbreekt = alle.",
    "Sectie.diensten": "De diensten: de rijen van de sectie.",
    "Dienst": "Een dienst: één rij van het overzicht.",
    "Dienst.sleutel": "Kenmerk van de dienst; vergelijkingen lijnen diensten hierop uit.",
    "Dienst.naam": "Naam van de dienst.",
    "Dienst.onderdelen": "Onderdelen van de dienst.",
    "Dienst.toelichting": "Toelichting.",
    "Dienst.voetnoten": "Tekens van de voetnoten die bij de dienst horen.",
    "Dienst.niveau": "Inspringniveau van de rij.",
    "Dienst.stap":
      "De poortwachterstap die de dienst dekt (planVanAanpak), voor de kosten per stap.",
    "Dienst.cellen": "Per pakketsleutel de cel van deze dienst.",
    "Cel": "Wat een pakket over een dienst zegt.",
    "Cel.soort": "Soort cel: inbegrepen, prijs, vergoeding, tekst en zo verder.",
    "Cel.prijs": "Prijs (soort prijs of vergoeding).",
    "Cel.percentage": "Vergoed percentage (soort vergoeding).",
    "Cel.maximum": "Maximum van de vergoeding, zoals gedrukt.",
    "Cel.tekst": "Tekst (soort tekst).",
    "Cel.alternatief": "Een andere prijs wanneer een andere dienst niet wordt afgenomen.",
    "Cel.toelichting": "Toelichting.",
    "Cel.voetnoten": "Tekens van de voetnoten die bij de cel horen.",
    "Alternatief": "Een prijs die geldt zonder een andere dienst.",
    "Alternatief.zonder": "Sleutel van de dienst die niet wordt afgenomen.",
    "Alternatief.prijs": "De prijs in dat geval.",
    "Legendaregel": "Een teken van de legenda.",
    "Legendaregel.teken": "Het gedrukte teken.",
    "Legendaregel.soort": "De soort cel die het teken aangeeft.",
    "Legendaregel.betekenis": "Wat het teken betekent.",
    "Voetnoot": "Een voetnoot.",
    "Voetnoot.teken": "Het teken waarmee naar de voetnoot wordt verwezen.",
    "Voetnoot.tekst": "De tekst van de voetnoot.",
    "BtwTarief": "Het btw-tarief van een jaar.",
    "BtwTarief.jaar": "Het jaar.",
    "BtwTarief.percentage": "Het tarief.",
    "Pakketkorting": "Een trede van de pakketkorting.",
    "Pakketkorting.vanafVerzekeringen": "Vanaf dit aantal verzekeringen.",
    "Pakketkorting.percentage": "De korting.",
    "Betaaltermijn": "Toeslag voor een betaaltermijn.",
    "Betaaltermijn.termijn": "De termijn.",
    "Betaaltermijn.toeslag": "De toeslag.",
    "Kenmerk": "Een productkenmerk.",
    "Kenmerk.naam": "Naam van het kenmerk.",
    "Kenmerk.waarde": "Waarde.",
  ]
}
