import Kalender

/// Public initializers for building a case in code (an import, `dossier new`, a host
/// program): every field not named starts empty, as in a case file that leaves it out.
extension Verzuimdossier {
  public init(
    referentie: String, peildatum: CalendarDate? = nil, werkgever: Werkgever,
    werknemer: Werknemer, verzuimperiodes: [Verzuimperiode] = []
  ) {
    self.referentie = referentie
    self.peildatum = peildatum
    self.werkgever = werkgever
    self.werknemer = werknemer
    self.verzuimperiodes = verzuimperiodes
  }
}

extension Werkgever {
  public init(
    naam: String? = nil, kvkNummer: String? = nil, vestigingsnummer: String? = nil,
    loonheffingennummer: String? = nil, eigenRisicodragerZW: Bool? = nil
  ) {
    self.naam = naam
    self.kvkNummer = kvkNummer
    self.vestigingsnummer = vestigingsnummer
    self.loonheffingennummer = loonheffingennummer
    self.eigenRisicodragerZW = eigenRisicodragerZW
  }
}

extension Werknemer {
  public init(
    naam: String? = nil, bsn: String? = nil, geboortedatum: CalendarDate? = nil,
    functie: String? = nil, contracturenPerWeek: Double? = nil,
    dienstverband: Dienstverband? = nil, vangnet: Bool? = nil
  ) {
    self.naam = naam
    self.bsn = bsn
    self.geboortedatum = geboortedatum
    self.functie = functie
    self.contracturenPerWeek = contracturenPerWeek
    self.dienstverband = dienstverband
    self.vangnet = vangnet
  }
}

extension Verzuimperiode {
  public init(
    eersteZiektedag: CalendarDate, hersteldatum: CalendarDate? = nil,
    gedeeltelijkHerstel: [GedeeltelijkHerstel]? = nil
  ) {
    self.eersteZiektedag = eersteZiektedag
    self.hersteldatum = hersteldatum
    self.gedeeltelijkHerstel = gedeeltelijkHerstel
  }
}

extension Ziekmelding {
  public init(
    datumMeldingWerkgever: CalendarDate? = nil, datumMeldingArbodienst: CalendarDate? = nil
  ) {
    self.datumMeldingWerkgever = datumMeldingWerkgever
    self.datumMeldingArbodienst = datumMeldingArbodienst
  }
}
