import { normalisePost } from '../../../src/analysis/normalise-post';
import { postShapeFeatures } from '../../../src/analysis/post-shape-features';

const shape = (text: string): string[] => postShapeFeatures(normalisePost(text));

describe('postShapeFeatures', () => {
  it('marks a negated first-person report addressed to someone', () => {
    expect(shape("@ShopCo my parcel still hasn't arrived")).toEqual(expect.arrayContaining(['x:lead', 'x:neg_at', 'x:first_at', 'x:first_neg']));
  });

  it('marks waiting times written as a number and a unit, or glued together', () => {
    expect(shape('@BankCo been on hold 40 mins')).toContain('x:wait_at');
    expect(shape('on hold for 2hrs now')).toContain('x:wait');
    expect(shape('on hold for an hour')).toContain('x:wait');
    expect(shape('see you in the morning')).not.toContain('x:wait');
  });

  it('tells a plain question from a question about a problem', () => {
    expect(shape('@AirCo what time does check-in open?')).toContain('x:ask_plain');
    expect(shape("@AirCo why can't I check in?")).toContain('x:ask_problem');
  });

  it('marks a post addressed to a customer-service handle in any language', () => {
    expect(shape('@ShopCo_Help where is my order')).toContain('x:care');
    expect(shape('@AcmeCares the app logs me out')).toContain('x:care');
    expect(shape('@Netz_hilft kein Internet seit gestern')).toContain('x:care');
    expect(shape('@Acme_SAV toujours rien')).toContain('x:care');
  });

  it('does not mark a reply to a person as addressed to customer service', () => {
    expect(shape('@jamie_rw that ref was awful')).not.toContain('x:care');
    expect(shape('no mention here, help!')).not.toContain('x:care');
  });

  it('returns nothing for an empty post', () => {
    expect(shape('')).toEqual([]);
  });
});
