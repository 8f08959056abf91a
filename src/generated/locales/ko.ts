
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'kfp.close': `닫기`,
'kfp.confirm': `확인`,
'kfp.counter.label': str`${1}명 중 ${0}명 선택됨`,
'kfp.empty': `선택할 친구가 없습니다.`,
'kfp.error.generic': `친구 목록을 불러오는데 실패했습니다. 잠시 후 다시 시도해 주세요.`,
'kfp.error.network': `연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도해 주세요.`,
'kfp.friend.unnamed': `(이름 없음)`,
'kfp.heading.default': `친구 선택`,
'kfp.index.label': `빠른 이동`,
'kfp.loading': `친구 목록을 불러오는 중…`,
'kfp.max.reached.one': str`친구는 한 번에 ${0}명까지 선택할 수 있습니다.`,
'kfp.max.reached.other': str`친구는 한 번에 ${0}명까지 선택할 수 있습니다.`,
'kfp.min.hint.one': str`최소 ${0}명의 친구를 선택해주세요.`,
'kfp.min.hint.other': str`최소 ${0}명의 친구를 선택해주세요.`,
'kfp.picked.empty': `선택한 친구가 여기에 표시됩니다.`,
'kfp.picked.label': `선택한 친구`,
'kfp.picked.remove': str`${0} 선택 해제`,
'kfp.profile.me': `나`,
'kfp.retry': `다시 시도`,
'kfp.search.clear': `검색어 지우기`,
'kfp.search.no-results': `검색 결과가 없습니다.`,
'kfp.search.placeholder': `이름, 닉네임 검색`,
'kfp.search.results.one': str`검색 결과 ${0}건`,
'kfp.search.results.other': str`검색 결과 ${0}건`,
'kfp.section.favorites': `즐겨찾기`,
'kfp.section.friends': `친구`,
'kfp.section.profile': `내 프로필`,
'kfp.section.recent': `최근`,
'kfp.section.results': str`검색 결과 (${0})`,
'kfp.validity.range-overflow.one': str`친구는 최대 ${0}명까지 선택할 수 있습니다.`,
'kfp.validity.range-overflow.other': str`친구는 최대 ${0}명까지 선택할 수 있습니다.`,
'kfp.validity.range-underflow.one': str`최소 ${0}명의 친구를 선택해주세요.`,
'kfp.validity.range-underflow.other': str`최소 ${0}명의 친구를 선택해주세요.`,
'kfp.validity.value-missing': `친구를 한 명 이상 선택해 주세요.`,
    };
  