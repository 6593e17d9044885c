import { image, speaker, system, thread, type SeedCaseFactory } from '../build';

/**
 * Several image attachments (listing photos and the buyer's evidence) and one right-to-left
 * message: the buyer writes one question in Arabic.
 */
const seller = speaker('sneakerhub_outlet', 'reported');
const youssef = speaker('Youssef Haddad', 'reporter');

export const counterfeitListing: SeedCaseFactory = (t) => ({
  id: 'C-1012',
  subject: 'Marketplace listing selling counterfeit sneakers',
  status: 'open',
  queue: 'Counterfeit goods',
  priority: 'medium',
  language: 'en',
  createdAt: t.at(-150),
  slaDueAt: t.at(300),
  reporter: { id: 'U-73014', name: 'Youssef Haddad', handle: '@yhaddad' },
  reported: { id: 'U-73555', name: 'SneakerHub Outlet', handle: '@sneakerhub_outlet' },
  items: thread(t, [
    seller(-8_000, 'Brand new AirStride 90s, 100% authentic, original box. $45 today only!', [
      image('a-1', 'listing-front.svg', 'Listing photo: white sneaker, side view'),
      image('a-2', 'listing-sole.svg', "Listing photo: sole stamped 'AirStirde'"),
      image('a-3', 'listing-box.svg', 'Listing photo: shoe box with a blurry barcode label'),
    ]),
    youssef(-7_900, 'مرحبا، هل الحذاء أصلي فعلا؟ السعر منخفض جدا.'),
    seller(-7_880, 'Yes original, direct from the factory. Payment by gift card only.'),
    youssef(
      -151,
      'They arrived and they are fake: the label is misspelled and the stitching is coming ' +
        'apart. Photos attached.',
      [
        image('a-4', 'received-label.svg', "Buyer's photo: inside label printed 'AirStirde'"),
        image('a-5', 'payment-receipt.svg', 'Screenshot: gift card payment receipt for $45'),
      ],
    ),
    system(-150, 'Seller account is 9 days old. 14 similar listings removed in the last 30 days.'),
  ]),
});
