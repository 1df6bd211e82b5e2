import type { LexiconSource } from './types';

/**
 * English lexicon. Terms are matched on lower-cased text at word boundaries; a plural
 * "s"/"es" is accepted after any term that ends in a letter.
 */
export const en: LexiconSource = {
  lang: 'en',
  terms: {
    face: [
      'facial recognition', 'face recognition', 'face-recognition', 'facial-recognition', 'faceprint',
      'face print', 'face geometry', 'facial geometry', 'face scan', 'face scanning', 'facial scan',
      'facial scanning', 'face id', 'face unlock', 'facial data', 'face data', 'facial biometrics',
      'facial biometric', 'face template', 'facial template', 'face matching', 'face verification',
      'facial verification', 'selfie verification', 'liveness check', 'liveness detection',
      'face surveillance', 'facial analysis', 'facial images', 'facial image', 'face images',
      'facial recognition technology', 'face recognition technology', 'facial identification',
      'face biometrics', 'face authentication', 'facial authentication', 'face-scanning', 'face sign-in',
      'face login', 'face library', 'familiar faces', 'familiar face', 'pay with their face', 'pay with your face',
      'face payment', 'face pay',
    ],
    biometric: [
      'fingerprint scan', 'fingerprint scanner', 'fingerprint sensor', 'fingerprint reader', 'fingerprint data',
      'fingerprint recognition', 'fingerprint authentication', 'fingerprint unlock', 'fingerprint login',
      'touch id', 'voiceprint', 'voice print', 'iris scan', 'iris scanning', 'iris recognition', 'iris pattern',
      'retina scan', 'retinal scan', 'palm print', 'palmprint', 'palm vein', 'palm scan', 'gait recognition',
      'biometric', 'biometrics', 'biometric data', 'biometric identifier', 'biometric information',
      'hand geometry', 'voice recognition data', 'genetic data', 'genetic information',
    ],
    personal_data: ['personal data collection', 'collection of personal data', 'personal information collection'],
  },
  objects: {
    face: ['your face', 'their face', 'their faces', 'his face', 'her face', 'my face', 'faces', 'face photos', 'selfie', 'selfies'],
    // Bare trait words need a verb: "a cultural fingerprint", "anti-fingerprint coating" are not.
    biometric: ['fingerprint', 'fingerprints', 'iris', 'irises', 'retina'],
    personal_data: [
      'personal data', 'personal information', 'location', 'location data', 'precise location',
      'approximate location', 'geolocation', 'contacts', 'contact list', 'address book', 'device identifier',
      'device id', 'advertising id', 'imei', 'browsing history', 'search history', 'phone number',
      'email address', 'your name', 'full name', 'real name', 'legal name', 'mailing address', 'id number',
      'social security number', 'passport number', 'health data', 'health information',
      'financial information', 'bank account', 'credit card number', 'ip address', 'call logs',
      'text messages', 'home address', 'date of birth', 'purchase history', 'installed-app list',
      'list of installed apps', 'app list', 'payment information', 'search queries', 'profile picture',
      'friend list', 'friends list', 'home addresses', 'location information', 'location history', 'identity documents',
      'id documents', 'voice recordings', 'viewing history', 'watch history', 'user information', 'user data',
      'profile details', 'payment details', 'personal details',
    ],
  },
  verbs: [
    'collect', 'collects', 'collected', 'collecting', 'collection of', 'gather', 'gathers', 'gathered',
    'obtain', 'obtains', 'obtained', 'share', 'shares', 'shared', 'sharing', 'sell', 'sells', 'sold',
    'selling', 'transfer', 'transfers', 'transferred', 'transmit', 'transmits', 'transmitted', 'store',
    'stores', 'stored', 'disclose', 'discloses', 'disclosed', 'capture', 'captures', 'captured', 'capturing',
    'scan', 'scans', 'scanned', 'scanning', 'harvest', 'harvested', 'upload', 'uploads', 'uploaded',
    'retain', 'retains', 'register', 'enroll', 'enrol', 'verify', 'recognize', 'recognise', 'match',
    'exposed', 'leaked', 'leak', 'leaks', 'receive', 'receives', 'received', 'keep', 'keeps', 'kept', 'hold',
    'holds', 'log', 'logs', 'logged', 'monitor', 'monitors', 'monitored',
  ],
  weakVerbs: [
    'track', 'tracks', 'tracked', 'tracking', 'access', 'accesses', 'read', 'reads', 'process', 'processes',
    'processed', 'processing', 'use', 'uses', 'used', 'send', 'sends', 'sent',
  ],
  traitVerbs: ['supports', 'support', 'unlock', 'unlocks', 'sign in', 'log in'],
  suppressors: [
    'dna fingerprint', 'dna fingerprinting', 'fingerprints all over', 'browser fingerprint', 'anti-fingerprint',
    'face the music', 'face-to-face', 'face to face', 'location of the', 'biometric passport control',
    'face value', 'north face', 'face of the', 'iris flower', 'use of the', 'biometric privacy',
    'biometric information privacy act',
  ],
};
