/** Why an XML document was refused; the SOAP profile turns it into `ResponseError` `RESPONSE_MALFORMED`. */
export class XmlRefused extends Error {
  override readonly name = 'XmlRefused';
}
