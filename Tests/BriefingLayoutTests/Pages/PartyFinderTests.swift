import BriefingAnalysis
import Testing
@testable import BriefingLayout

/// The two parties of the subtitle, guessed from the names most documents mention.
struct PartyFinderTests {
    func documents(_ texts: [String]) -> [Document] {
        texts.enumerated().map { Document(id: "d\($0.offset)", fileName: "d\($0.offset).txt", language: .en, title: "", text: $0.element) }
    }

    @Test func adjectivesAndCompoundsFoldIntoTheName() {
        let text = "Officials of Belarus met in the capital. The Belarusian side agreed with the Belarusian partners. "
            + "A Belarusian-Russian forum, a Belarusian-Russian fair and a Belarusian-Russian council opened in "
            + "Tver Region, and Tver Region signed with Belarus."
        #expect(PartyFinder.parties(in: documents([text, text, text]), language: .en) == ["Belarus", "Tver Region"])
    }

    @Test func namesFewDocumentsMentionAreNoParties() {
        let texts = ["Delegates of Belarus visited the plant in Tver Region.", "Belarus and Tver Region agreed.",
                     "Talks with Belarus went on in Kazan yesterday."]
        #expect(PartyFinder.parties(in: documents(texts), language: .en) == ["Belarus", "Tver Region"])
    }
}
